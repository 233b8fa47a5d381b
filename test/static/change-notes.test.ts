/**
 * The notes on what a chart's newer version changed (/changes/, its feed, and the line on
 * each older version's page and embed) say each thing once, and call a version that
 * changed only the words a newer version, not newer figures. Read from dist/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtDoc, builtPages, DIST } from "../support/pages.ts";

const squash = (t: string | null | undefined) => (t ?? "").replace(/\s+/g, " ").trim();
/** A note that says a thing twice: "words" or "figures" more than once. */
const repeats = (note: string) => ["words", "figures"].some((w) => note.split(w).length > 2);

describe("the notes on what changed", () => {
  const notes = [
    ...[...builtDoc("/changes/").querySelectorAll("ol.change-list > li")].map((li) => squash(li.textContent)),
    ...builtPages()
      .filter((p) => /^\/(charts|embed)\/[^/]+\/v\/[^/]+\/$/.test(p))
      .flatMap((p) => [...builtDoc(p).querySelectorAll(".embed-newer, .version-newer")].map((el) => squash(el.textContent)))
      .filter((t) => t !== ""),
    ...[...readFileSync(join(DIST, "changes.xml"), "utf8").matchAll(/<description>([\s\S]*?)<\/description>/g)].map((m) => squash(m[1])),
  ];

  it("there are some to read", () => {
    expect(notes.length).toBeGreaterThan(10);
  });

  it("say each thing once", () => {
    expect(notes.filter(repeats)).toEqual([]);
  });

  it("never call a newer version newer figures (it may change only the words)", () => {
    expect(notes.filter((n) => n.includes("Newer figures"))).toEqual([]);
  });

  it("the check catches the repetition the notes once had", () => {
    expect(repeats("a change to the chart's words: a change of wording changed the chart's words, not its figures")).toBe(true);
    expect(repeats("a change to the chart's words")).toBe(false);
  });
});
