/**
 * The default build in dist/, as of the build day and with the project's own feedback
 * config, read as files. (A build as of 2018 with an open consultation is read in
 * test/build/variant-build.test.ts.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";

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
  const pages = ["proposal/index.html", ...readdirSync(join(DIST, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `charts/${d.name}/index.html`)];

  it("puts no consultation notice under the proposal's sections or on the chart pages", () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const path of pages) {
      const main = page(DIST, path).querySelector("main")!;
      expect(main.querySelectorAll(".respond-link, [data-respond]").length, path).toBe(0);
      expect(main.textContent, path).not.toMatch(/How to take part|response form and dates/);
    }
  });

  it("says once, in the proposal's consultation section, what is known and what is not", () => {
    const section = page(DIST, "proposal/index.html").querySelector("section#proposal-consultation")!;
    expect(section.textContent).toMatch(/Cabinet was asked to agree in principle/);
    expect(section.textContent).toMatch(/not found in published sources: whether the consultation ran/);
    expect(page(DIST, "proposal/index.html").querySelector("main")!.textContent!.match(/not found in published sources: whether the consultation ran/g)).toHaveLength(1);
  });
});
