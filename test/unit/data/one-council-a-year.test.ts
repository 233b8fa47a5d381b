/**
 * Each council once a year, wherever the site lists councils: in the all-councils data, in
 * every chart's CSV and in the similar-councils picker; and every rank's "of N" is the
 * number of distinct councils with a published rate that year.
 *
 * A council is known by DfE's own local-authority number, which stays the same when DfE
 * lists a council under a new ONS code (North Yorkshire 815, Somerset 933). The expected
 * counts are worked out here from the CSV text, not through the code under test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { rankIn, councilYears, neighbourComparison } from "../../../src/lib/compare/councils.ts";
import { ordinal } from "../../../src/format/number.ts";
import { site } from "../../support/site.ts";


type Raw = Record<string, string>;
const raw = Papa.parse<Raw>(readFileSync(join(site.paths.data, "looked-after-councils.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const published = (r: Raw) => /^\d+(\.\d+)?$/.test(r.value ?? "");
const numberOf = new Map(raw.filter((r) => r.dfe_la_number).map((r) => [r.area_code!, r.dfe_la_number!]));

/** The entries that occur more than once, with how often. */
function repeats(keys: string[]): string[] {
  const n = new Map<string, number>();
  for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n].filter(([, c]) => c > 1).map(([k, c]) => `${k} ×${c}`);
}

/** Distinct councils (DfE numbers) with a published rate in each year, from the CSV text. */
const councilsWithRate = (year: number) => new Set(raw.filter((r) => Number(r.year) === year && r.unit === "rate_per_10000" && published(r)).map((r) => r.dfe_la_number)).size;

describe("the all-councils data holds each council once a year", () => {
  it("gives every row DfE's local-authority number, and each code one number", () => {
    expect(raw.filter((r) => !/^[1-9]\d*$/.test(r.dfe_la_number ?? "")).map((r) => `${r.area_code} ${r.year}`)).toEqual([]);
    const per = new Map<string, Set<string>>();
    for (const r of raw) per.set(r.area_code!, (per.get(r.area_code!) ?? new Set()).add(r.dfe_la_number!));
    expect([...per].filter(([, s]) => s.size > 1).map(([c]) => c)).toEqual([]);
  });

  it("has no DfE number twice in a year, and no council name twice among a year's published values", () => {
    expect(repeats(raw.map((r) => `${r.dfe_la_number} ${r.year} ${r.unit}`))).toEqual([]);
    expect(repeats(raw.filter(published).map((r) => `${r.area_name} ${r.year} ${r.unit}`))).toEqual([]);
  });
});

describe.each(allCharts(site).map((c) => c.id))("the CSV of chart %s", (id) => {
  const { columns, rows } = chartView(id, site).csv;
  const col = (name: string) => columns.indexOf(name);
  const [code, year] = [col("area_code"), col("year")];
  // What a row counts: the measure and unit, or the breakdown and category.
  const what = ["measure", "unit", "breakdown", "category"].map(col).filter((i) => i !== -1);

  it.skipIf(code === -1 || year === -1)("lists each area once a year for each thing it counts, and each council once by DfE's number", () => {
    const key = (r: (typeof rows)[number], area: unknown) => [area, r[year], ...what.map((i) => r[i])].join(" ");
    expect(repeats(rows.map((r) => key(r, r[code])))).toEqual([]);
    expect(repeats(rows.map((r) => key(r, numberOf.get(String(r[code])) ?? r[code])))).toEqual([]);
    const name = col("area_name");
    if (name !== -1) expect(repeats(rows.filter((r) => r[col("status")] === "published").map((r) => key(r, r[name])))).toEqual([]);
  });
});

describe("the similar-councils picker and ranks", () => {
  const view = chartView("similar-councils", site);
  const council = site.council.area;

  it("offers each council once: no code, name or DfE number twice", () => {
    const options = view.picker!.options;
    expect(repeats(options.map((o) => o.value))).toEqual([]);
    expect(repeats(options.map((o) => o.text))).toEqual([]);
    expect(repeats(options.map((o) => numberOf.get(o.value) ?? o.value))).toEqual([]);
    expect(options.map((o) => o.value)).not.toContain("E06000066");
    // The council in focus is always highlighted: the picker offers every other council.
    expect(options.map((o) => o.value)).not.toContain(site.council.area);
  });

  it.each(councilYears(site))("ranks among the distinct councils with a published rate in %i, in the data, the table and the tooltips", (y) => {
    const expected = councilsWithRate(y);
    const r = rankIn(council, y, site)!;
    expect(r.of).toBe(expected);
    const rankRow = view.table.rows.at(-1)!;
    const joint = r.tiedWith > 0 ? "joint " : "";
    expect(rankRow[view.table.columns.indexOf(String(y))]).toBe(`${joint}${ordinal(r.rank)} of ${expected}`);
    expect(view.svg.wide).toContain(`, ${y}: ${r.rate} per 10,000; ${joint}${ordinal(r.rank)} highest of ${expected} councils`);
    expect(neighbourComparison(y, site.council.area, site)).not.toBeNull();
  });
});
