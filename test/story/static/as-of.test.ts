/**
 * This site's default build in dist/, as of the build day and with the project's own
 * feedback config, read as files: its events' states and what its proposal page says of
 * the consultation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST } from "../../support/pages.ts";

const page = (dir: string, path: string) => parseHTML(readFileSync(join(dir, path), "utf8")).document;
// Keyed by event id (the content file's name); list items' anchors carry an "event-" prefix.
const states = (doc: Document) => new Map([...doc.querySelectorAll("ol.timeline-list > li")].map((li) => [li.id.replace(/^event-/, ""), li.getAttribute("data-state")]));

describe.skipIf(process.env.SITE_AS_OF)("the default build (as of the build day)", () => {
  it("marks those events past", () => {
    const s = states(page(DIST, "timeline/index.html"));
    for (const id of ["2018-10-25-scrutiny-board", "2019-10-worcestershire-children-first", "2024-12-ofsted-focused-visit"]) expect(s.get(id)).toBe("past");
  });
});

describe.skipIf(process.env.FEEDBACK_CONFIG)("the project's feedback config, which names no response form", () => {
  it("says once, in the proposal's consultation section, what is known and what is not", () => {
    const section = page(DIST, "proposal/index.html").querySelector("section#proposal-consultation")!;
    expect(section.textContent).toMatch(/Cabinet was asked to agree in principle/);
    expect(section.textContent).toMatch(/not found in published sources: whether the consultation ran/);
    expect(page(DIST, "proposal/index.html").querySelector("main")!.textContent!.match(/not found in published sources: whether the consultation ran/g)).toHaveLength(1);
  });
});
