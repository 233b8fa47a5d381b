/**
 * A figure a later release revised is recorded as a revision (revised_from and its release),
 * so tables number it, prose says "revised" and the CSVs carry both values: never only as a
 * free-text note, which no table or sentence shows. How this site's revised England counts
 * are recorded is checked in test/story/unit/revision-notes.test.ts.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { councilLookedAfter, lookedAfter } from "../../../src/lib/data/index.ts";

describe("revisions in the looked-after data", () => {
  it("has no note saying a value was published differently unless the row records the revision", () => {
    const loose = [...lookedAfter(site), ...councilLookedAfter(site)].filter((v) => /first published|previously published|revised/i.test(v.note ?? "") && v.revisedFrom === null);
    expect(loose.map((v) => `${v.areaName} ${v.year} ${v.unit}: ${v.note}`)).toEqual([]);
  });
});
