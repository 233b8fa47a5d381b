/**
 * This site's all-councils data: Somerset kept once under one code, and DfE's counts of
 * councils with a rate. That each council is listed once a year, anywhere, is checked in
 * test/unit/data/one-council-a-year.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { site } from "../../support/site.ts";


type Raw = Record<string, string>;
const raw = Papa.parse<Raw>(readFileSync(join(site.paths.data, "looked-after-councils.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const published = (r: Raw) => /^\d+(\.\d+)?$/.test(r.value ?? "");

/** Distinct councils (DfE numbers) with a published rate in each year, from the CSV text. */
const councilsWithRate = (year: number) => new Set(raw.filter((r) => Number(r.year) === year && r.unit === "rate_per_10000" && published(r)).map((r) => r.dfe_la_number)).size;

describe("the all-councils data holds each council once a year", () => {
  it("keeps Somerset once, under E10000027, with the 2025 release's 2021 rate and the 2022 release's as its revision", () => {
    expect(raw.filter((r) => r.area_code === "E06000066")).toEqual([]);
    const rate2021 = raw.find((r) => r.area_code === "E10000027" && r.year === "2021" && r.unit === "rate_per_10000")!;
    expect(rate2021).toMatchObject({ dfe_la_number: "933", value: "47", source_id: "dfe-cla-2025", revised_from: "46", revised_from_source: "dfe-cla-2022" });
  });
});

describe("the similar-councils picker and ranks", () => {
  it("has DfE's counts for 2021 and 2022: 150 and 151 councils, Somerset once", () => {
    expect([councilsWithRate(2021), councilsWithRate(2022)]).toEqual([150, 151]);
  });
});
