import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { chartCsv } from "../../../src/charts/outputs/downloads.ts";
import { revisionNotes } from "../../../src/charts/outputs/revision-notes.ts";
import { councilLookedAfter, lookedAfter, source } from "../../../src/lib/data/index.ts";
import { revisionOf, revisionText } from "../../../src/lib/data/revisions.ts";
import { formatNumber } from "../../../src/format/number.ts";
import { ui } from "../../../src/lib/content/ui.ts";

// Every revised value in the data, keyed as a chart CSV row names a value.
const key = (areaCode: unknown, year: unknown, measure: unknown, unit: unknown) => `${areaCode}|${year}|${measure}|${unit}`;
const revised = new Map([...lookedAfter(site), ...councilLookedAfter(site)].filter((v) => v.revisedFrom !== null && typeof v.value === "number").map((v) => [key(v.areaCode, v.year, v.measure, v.unit), v]));

// Which CSV rows a chart's table shows. The similar-councils CSV holds every council's
// number and rate; its table shows the rates of Worcestershire, its neighbours and England.
const inTable = (id: string) => (r: Record<string, string>) => id !== "similar-councils" || (r.unit === "rate_per_10000" && r.series !== "Every council");

describe.each(allCharts(site).map((c) => c.id))("revised values in %s", (id) => {
  const view = chartView(id, site);
  const csv = Papa.parse<Record<string, string>>(chartCsv(view), { header: true, skipEmptyLines: true }).data;
  const shown = csv.filter((r) => r.area_code && revised.has(key(r.area_code, r.year, r.measure, r.unit))).filter(inTable(id));
  const notes = revisionNotes(view.table, id, ui(site).charts).notes.map((n) => n.text);

  it("the CSV gives each revised value's earlier figure and release, and leaves the others blank", () => {
    for (const r of csv) {
      const v = r.area_code ? revised.get(key(r.area_code, r.year, r.measure, r.unit)) : undefined;
      if (v) expect([r.revised_from, r.revised_from_release], `${r.series} ${r.year}`).toEqual([String(v.revisedFrom), source(v.revisedFromSource!, site).release]);
      else if ("revised_from" in r) expect([r.revised_from, r.revised_from_release], `${r.series} ${r.year}`).toEqual(["", ""]);
    }
  });

  it("the table has a note for every revised value the chart shows", () => {
    for (const r of shown) {
      const v = revised.get(key(r.area_code, r.year, r.measure, r.unit))!;
      const text = revisionText(formatNumber(v.value as number), revisionOf(v, site)!, ui(site).charts);
      // A note names its cell by row and column: "2021, England" where years are the rows,
      // "Kent, 2021" where the areas are (similar-councils).
      const atCell = (n: string) => n.startsWith(`${v.year}, `) || n.startsWith(`${r.area_name}, ${v.year}: `);
      expect(notes.filter((n) => atCell(n) && n.endsWith(text)), `${id}: ${v.areaName} ${v.year} ${v.measure} ${v.unit}`).toHaveLength(1);
    }
    expect(notes).toHaveLength(shown.length);
  });
});

it("the charts show some revised values (so the tests above test something)", () => {
  const total = allCharts(site).flatMap((c) => revisionNotes(chartView(c.id, site).table, c.id, ui(site).charts).notes).length;
  expect(total).toBeGreaterThan(10);
});
