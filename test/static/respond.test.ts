/**
 * /respond/ for a consultation that is history (this site's: no form found, 2018): a place
 * for the reader's own notes that says where the record is, and prompts no action. The
 * live path (a form, open dates) is read in test/build/variant-build.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST } from "../support/pages.ts";

const main = () => parseHTML(readFileSync(join(DIST, "respond", "index.html"), "utf8")).document.querySelector("main")!;

describe("/respond/ for a historical consultation", () => {
  it("prompts no one to write, respond or send anything", () => {
    const text = main().textContent!.replace(/\s+/g, " ");
    expect(text).not.toMatch(/councillor|before you (write|respond)|send (them|it) on|keep a copy of what you send/i);
    expect(main().querySelector("#before-you-respond")).toBeNull();
  });

  it("names each chart's notes by its short topic, never its whole title", () => {
    const labels = [...main().querySelectorAll("label [data-chart]")].map((l) => l.textContent!.trim());
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label.length, label).toBeLessThan(100);
    // The whole titles state findings (with figures); a topic has none.
    for (const label of labels) expect(label, label).not.toMatch(/\d/);
  });

  it("says where the record is", () => {
    const links = [...main().querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/meetings/", "/timeline/"]));
  });
});
