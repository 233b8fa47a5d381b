/** How this site's revised England counts are worded (test/unit/charts/revisions.test.ts checks every chart's). */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { councilLookedAfter, lookedAfter, source } from "../../../src/lib/data/index.ts";
import { revisionOf, revisionText } from "../../../src/lib/data/revisions.ts";
import { ui } from "../../../src/lib/content/ui.ts";

// Every revised value in the data, keyed as a chart CSV row names a value.
const key = (areaCode: unknown, year: unknown, measure: unknown, unit: unknown) => `${areaCode}|${year}|${measure}|${unit}`;
const revised = new Map([...lookedAfter(site), ...councilLookedAfter(site)].filter((v) => v.revisedFrom !== null && typeof v.value === "number").map((v) => [key(v.areaCode, v.year, v.measure, v.unit), v]));

describe("revisionText(value, revision)", () => {
  it("says 'first published' where the earlier release is the year's own, and 'previously' where it is not", () => {
    const v2010 = revised.get(key("E92000001", 2010, "looked_after_31_march", "number"))!;
    expect(revisionText("64,460", revisionOf(v2010, site)!, ui(site).charts)).toBe("64,460; first published as 64,400 in the 2010 release (SFR27/2010)");
    const v2011 = revised.get(key("E92000001", 2011, "looked_after_31_march", "number"))!;
    expect(source(v2011.revisedFromSource!, site).reportingYear).not.toBe(2011);
    expect(revisionText("65,500", revisionOf(v2011, site)!, ui(site).charts)).toMatch(/^65,500; previously published as 65,520 in the 2015 release /);
  });
});
