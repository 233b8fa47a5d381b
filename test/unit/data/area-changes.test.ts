/**
 * Reorganised councils: area-changes.csv agrees with the all-councils data, and old and new
 * councils are never joined into one series. This site's reorganisations, and its North
 * Yorkshire and Somerset, are checked in test/story/unit/area-changes.test.ts.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { Missing, areaChanges, councilLookedAfter } from "../../../src/lib/data/index.ts";

const rates = (code: string) => councilLookedAfter(site).filter((v) => v.areaCode === code && v.unit === "rate_per_10000");
const valuedYears = (code: string) => rates(code).filter((v) => typeof v.value === "number").map((v) => v.year).sort();

describe("areaChanges(config) and the all-councils data", () => {
  const breaks = areaChanges(site).filter((c) => c.treatment === "break");

  it.each(breaks.map((c) => [c.areaName, c] as const))("%s has values exactly in its first to last year, and DfE's z outside them", (_, c) => {
    const last = c.lastYear ?? 2025;
    const span = Array.from({ length: last - c.firstYear + 1 }, (_, i) => c.firstYear + i);
    expect(valuedYears(c.areaCode)).toEqual(span);
    for (const v of rates(c.areaCode).filter((x) => x.year < c.firstYear || x.year > last)) expect(v.value).toEqual(new Missing("z"));
  });

  it("never has an old council and its successor both reporting in one year: the successor starts the year after", () => {
    for (const old of breaks.filter((c) => c.lastYear !== null)) {
      for (const code of old.relatedCodes) {
        const next = areaChanges(site).find((c) => c.areaCode === code)!;
        expect(next.firstYear, `${old.areaName} → ${next.areaName}`).toBe(old.lastYear! + 1);
        expect(valuedYears(code).filter((y) => valuedYears(old.areaCode).includes(y))).toEqual([]);
      }
    }
  });

  it("records each code's DfE number as the data does: a same-area code has no rows, its council's carry its number; a break has a number of its own", () => {
    const numbers = (code: string) => [...new Set(councilLookedAfter(site).filter((v) => v.areaCode === code).map((v) => v.dfeLaNumber))];
    for (const c of areaChanges(site)) {
      if (c.treatment === "same-area" && c.areaCode !== c.projectCode) expect(rates(c.areaCode), c.areaCode).toEqual([]);
      expect(numbers(c.projectCode), c.areaCode).toEqual([c.dfeLaNumber]);
    }
    const breakNumbers = breaks.map((c) => c.dfeLaNumber);
    expect(new Set(breakNumbers).size).toBe(breakNumbers.length);
  });
});
