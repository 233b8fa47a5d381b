/**
 * The Scale bench's synthetic charts build: their kind is handed the source catalogue
 * like every kind, and a chart whose rows carry no revision (blank revised_from columns,
 * as the synthetic rows have) draws, tables and writes its CSV.
 */
import { sourceCatalogue } from "../../../src/charts/index.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { syntheticChart, type SyntheticEntry } from "../../../scripts/bench/synthetic-kind.ts";
import { syntheticChartModule, syntheticEntry, syntheticRows } from "../../../scripts/bench/synthetic-charts.ts";
import { source, series } from "../../../src/lib/data/index.ts";
import { revisionOf } from "../../../src/lib/data/revisions.ts";
import { parse } from "yaml";
import { site } from "../../support/site.ts";


const sources = sourceCatalogue(site);

describe("the Scale bench's synthetic chart kind", () => {
  const council = site.councilArea;
  const entry = syntheticEntrySchemaParse(syntheticEntry(1).replace(/E99\d{6}/, council.code));
  // The council's real values with their revision columns blank, as the synthetic rows are.
  const values = series(council.code, "looked_after_31_march", "rate_per_10000", site, entry.years.from, entry.years.to).map((v) => ({ ...v, revisedFrom: null, revisedFromSource: null }));

  it("builds a chart whose rows carry no revision", () => {
    const view = syntheticChart.build({ id: "synthetic-1", entry, text: () => entry, data: { name: entry.name, values }, sources, ui: ui(site) });
    expect(view.svg.wide).toMatch(/^<svg /);
    expect(view.table.rows.length).toBe(entry.years.to - entry.years.from + 1);
    for (const row of view.table.rows) for (const c of row) expect(typeof c).toBe("string");
    const cols = view.csv.columns;
    for (const row of view.csv.rows) {
      expect(row[cols.indexOf("revised_from")]).toBeNull();
      expect(row[cols.indexOf("revised_from_release")]).toBeNull();
    }
  });

  it("is copied into a site's src/charts/ with its imports pointed there", () => {
    const module = syntheticChartModule();
    expect(module).not.toContain("../../");
    expect(module).toContain('from "./view-parts.ts"');
    expect(module).toContain('from "../lib/data/index.ts"');
    expect(module).toContain("export const syntheticKind");
  });

  it("writes rows with as many fields as data/looked-after.csv's header", () => {
    const header = readFileSync("data/looked-after.csv", "utf8").replace(/^\uFEFF/, "").split("\n")[0]!.split(",");
    const rows = Papa.parse<string[]>(syntheticRows(2, "s"), { skipEmptyLines: true }).data;
    for (const r of rows) expect(r.length).toBe(header.length);
  });
});

function syntheticEntrySchemaParse(yaml: string): SyntheticEntry {
  return syntheticChart.entry.parse(parse(yaml)) as SyntheticEntry;
}
