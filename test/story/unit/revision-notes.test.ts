/** This site's revised England counts, recorded with the release that first published them (the rule: test/unit/data/revision-notes.test.ts). */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { lookedAfter, source } from "../../../src/lib/data/index.ts";
import { firstPublishedText, revisionOf } from "../../../src/lib/data/revisions.ts";
import { ui } from "../../../src/lib/content/ui.ts";

describe("revisions in the looked-after data", () => {
  it("records England's 2009 and 2018 counts as revised, with the release that first published them", () => {
    const england = (year: number) => lookedAfter(site).find((v) => v.areaCode === "E92000001" && v.year === year && v.measure === "looked_after_31_march" && v.unit === "number")!;
    expect(firstPublishedText(revisionOf(england(2009), site)!, ui(site).charts)).toBe("first published as 60,900 in the 2009 release");
    expect(firstPublishedText(revisionOf(england(2018), site)!, ui(site).charts)).toBe("first published as 75,420 in the 2018 release");
    expect([england(2009).value, england(2018).value]).toEqual([60920, 75360]);
    // A release we cannot identify asserts no licence.
    expect([source("dfe-cla-2009", site).licence, source("dfe-cla-2018", site).licence]).toEqual(["Not recorded", "Not recorded"]);
  });
});
