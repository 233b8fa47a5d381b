/**
 * The generic chart kinds, `line` and `bar`: drawn from a table a site declares in its own
 * data/datapackage.json, so the engine fixes nothing about the data but its Table Schema.
 * Each kind is pure (fixture tables here); an entry naming an unknown resource or column,
 * or a column of the wrong type, stops the build naming file, line and field.
 */
import { site as testSite } from "../../support/site.ts";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { bindEntry } from "../../../src/charts/bind.ts";
import { genericLine, type LineData } from "../../../src/charts/kinds/generic-line.ts";
import { genericBar, type BarData } from "../../../src/charts/kinds/generic-bar.ts";
import type { SiteTable, TableLookup } from "../../../src/charts/site-table.ts";
import type { SourceCatalogue } from "../../../src/charts/chart-definition.ts";
import { chartEntryProblems } from "../../../src/charts/entries.ts";
import { chartCsvSchema } from "../../../src/charts/outputs/csv-schema.ts";
import { Missing, type Field, type Row } from "../../../src/format/table-schema.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { sources, type Source } from "../../../src/lib/data/index.ts";
import type { ChartEntry } from "../../../src/schemas/chart-entry.ts";
import type { ZodType } from "astro/zod";
import { loadSiteConfig } from "../../../src/config/config.ts";

/** The site's configuration, handed to the code under test. */
const CONFIG = loadSiteConfig(process.env);

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const catalogue: SourceCatalogue = {
  source: (id) => ({ id, title: `Title of ${id}`, publisher: "Publisher", kind: "official statistics", release: `Release ${id}`, licence: "Invented" }) as unknown as Source,
  revision: () => null,
};

function input<E extends ChartEntry, D>(schema: ZodType<E>, yaml: string, data: D) {
  const entry = schema.parse(parseDocument(yaml).toJS());
  return { id: "fixture", entry, data, sources: catalogue, ui: ui(testSite), text: (values: Record<string, string | number>) => bindEntry(entry, values, { file: "fixture.yaml", text: yaml }) };
}

/** A table as the data package gives it: rows typed by their fields, each with its line. */
function table(name: string, fields: Field[], rows: Row[]): SiteTable {
  return { name, file: `data/${name}.csv`, fields, rows: rows.map((row, i) => ({ line: i + 2, row })) };
}

const USE = table(
  "use",
  [
    { name: "year", type: "integer", description: "The year", constraints: { required: true, unique: true, minimum: 2000 } },
    { name: "visits", type: "integer" },
    { name: "loans", type: "number" },
    { name: "place", type: "string" },
    { name: "source_id", type: "string" },
  ],
  [
    { year: 2020, visits: 100, loans: 50, place: "A", source_id: "s1" },
    { year: 2021, visits: new Missing(""), loans: 40, place: "A", source_id: "s1" },
    { year: 2022, visits: 80, loans: 45.5, place: "A", source_id: "s2" },
  ],
);
const tables: TableLookup = (name) => (name === "use" ? USE : undefined);

const LINE = `kind: line
order: 1
topic: use
data:
  resource: use
  x: year
  series:
    - { column: visits, name: Visits, prose: the visits }
    - { column: loans, name: Loans }
xHeading: Year
axis: { label: Count, unit: a year }
measure: { counted: visits, when: in, short: number }
compare: false
title: "Visits went from {{visits.first}} in {{from}} to {{visits.last}} in {{to}}"
subtitle: "Use, {{from}}–{{to}}"
alt: "Line chart, {{from}} to {{to}}"
caption: "Use, {{from}}–{{to}}"
`;

const BAR = `kind: bar
order: 2
topic: places
data: { resource: places, category: place, value: visits }
series: Visits
categoryHeading: Place
xLabel: Visits
title: "{{highest}} had the most, {{highest.value}}; {{lowest}} the fewest"
subtitle: Visits by place
alt: Bar chart of visits by place
caption: Visits by place
`;

const PLACES = table(
  "places",
  [
    { name: "place", type: "string", description: "The place", constraints: { required: true, unique: true } },
    { name: "visits", type: "integer" },
    { name: "source_id", type: "string" },
  ],
  [
    { place: "Alpha", visits: 1200, source_id: "s1" },
    { place: "Beta", visits: new Missing(""), source_id: "s1" },
    { place: "Gamma", visits: 300, source_id: "s1" },
  ],
);
/** The engine's default words (this site's ui.yaml changes none of charts.bar). */
const words = ui(testSite).charts.bar;

describe("kind line: lines from a site's own table", () => {
  const view = genericLine.build(input(genericLine.entry, LINE, { table: USE } satisfies LineData));

  it("binds its words to the table's values, numbers formatted", () => {
    expect(view.title).toBe("Visits went from 100 in 2020 to 80 in 2022");
    expect(view.subtitle).toBe("Use, 2020–2022");
  });

  it("keeps a blank value a gap, in the table, the CSV and the description, never a zero", () => {
    expect(view.table.columns).toEqual(["Year", "Visits", "Loans"]);
    expect(view.table.rows[1]).toEqual(["2021", "not in this dataset", "40"]);
    const row = view.csv.rows.find((r) => r[0] === "Visits" && r[1] === 2021)!;
    expect(row.slice(2, 4)).toEqual([null, "not in this dataset"]);
    expect(view.details.join(" ")).toContain("the visits for 2021");
    expect(view.svg.wide).toContain("<svg");
  });

  it("describes the first line in its own words when told not to compare unlike lines", () => {
    expect(view.description).toContain("the visits had 80 visits");
    expect(view.description).not.toMatch(/Loans/);
  });

  it("writes its CSV with the x column the site's package defines, and names every release", () => {
    expect(view.csv.columns).toEqual(["series", "year", "value", "status", "source_id", "source_release"]);
    expect(view.csv.rows).toHaveLength(6);
    expect(view.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
    const schema = chartCsvSchema(view.id, view.csv.columns, ui(testSite).charts.csvFields, view.csv.fields);
    // The site's description and type; not `unique`, since the CSV repeats a year per line.
    expect(schema.fields[1]).toEqual({ name: "year", type: "integer", description: "The year", constraints: { required: true, minimum: 2000 } });
  });
});

describe("kind bar: one bar per row of a site's own table", () => {
  const view = genericBar.build(input(genericBar.entry, BAR, { table: PLACES, words, missing: ui(testSite).charts } satisfies BarData));

  it("binds the highest and lowest, and writes its description in the engine's words", () => {
    expect(view.title).toBe("Alpha had the most, 1,200; Gamma the fewest");
    expect(view.description).toBe("Highest: Alpha, 1,200. Lowest: Gamma, 300.");
    expect(view.details[0]).toBe("No value for Beta: shown without a bar, never as zero.");
  });

  it("lists a row with no value in the table and CSV, and draws it no bar", () => {
    expect(view.table.rows).toEqual([
      ["Alpha", "1,200"],
      ["Beta", "not in this dataset"],
      ["Gamma", "300"],
    ]);
    expect(view.csv.rows[1]).toEqual(["Visits", "Beta", null, "not in this dataset", "s1", "Release s1"]);
    expect(view.csv.fields?.place?.description).toBe("The place");
    expect(view.svg.wide.match(/<rect/g)?.length ?? 0).toBe(2);
  });

  it("a description's words are the site's where its ui.yaml gives them", () => {
    const own = genericBar.build(input(genericBar.entry, BAR, { table: PLACES, words: { ...words, highest: "Most: {category} ({value})." }, missing: ui(testSite).charts }));
    expect(own.description).toBe("Most: Alpha (1,200). Lowest: Gamma, 300.");
  });

  it("stops on a category twice, naming the table's file, line and column", () => {
    const twice = table("places", PLACES.fields as Field[], [
      { place: "Alpha", visits: 1, source_id: "s1" },
      { place: "Alpha", visits: 2, source_id: "s1" },
    ]);
    expect(() => genericBar.build(input(genericBar.entry, BAR, { table: twice, words, missing: ui(testSite).charts }))).toThrow('data/places.csv:3: place: "Alpha" is also on line 2');
  });
});

describe("an entry's table is checked against the site's data package", () => {
  const lineEntry = genericLine.entry.parse(parseDocument(LINE).toJS());

  it("a good entry has no problem", () => {
    expect(genericLine.problems!(lineEntry, tables)).toEqual([]);
  });

  it("names the field of an unknown resource, an unknown column and a column of the wrong type", () => {
    expect(genericLine.problems!({ ...lineEntry, data: { ...lineEntry.data, resource: "nowhere" } }, tables)).toEqual([
      { field: "data.resource", problem: '"nowhere" is not a resource of the site\'s data/datapackage.json' },
    ]);
    const bad = { ...lineEntry, data: { ...lineEntry.data, x: "place", series: [{ column: "vists", name: "V" }, { column: "place", name: "P" }] } };
    expect(genericLine.problems!(bad, tables)).toEqual([
      { field: "data.x", problem: 'column "place" of data/use.csv is of type string in data/datapackage.json; this field needs a column of type integer' },
      { field: "data.series.0.column", problem: '"vists" is not a column of data/use.csv (its columns: year, visits, loans, place, source_id)' },
      { field: "data.series.1.column", problem: 'column "place" of data/use.csv is of type string in data/datapackage.json; this field needs a column of type integer or number' },
    ]);
  });

  // The site's own package here is this repository's: its sources table serves as any table.
  const site = (name: string, text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "generic-kinds-"));
    made.push(dir);
    mkdirSync(join(dir, "charts"));
    writeFileSync(join(dir, "charts", name), text);
    return dir;
  };
  const ON_SOURCES = BAR.replace("data: { resource: places, category: place, value: visits }", "data: { resource: sources, category: id, value: reporting_year, source: id }");

  it("a bar chart of a table of the package passes the build's entry check", () => {
    expect(sources(testSite).length).toBeGreaterThan(0);
    expect(chartEntryProblems(site("by-source.yaml", ON_SOURCES), CONFIG)).toEqual([]);
  });

  it("a planted bad entry stops the build's entry check, naming file, line and field", () => {
    const planted = ON_SOURCES.replace("value: reporting_year", "value: title");
    const dataLine = planted.split("\n").findIndex((l) => l.startsWith("data:")) + 1;
    const problems = chartEntryProblems(site("by-source.yaml", planted), CONFIG).map((p) => p.replace(/^.*\/charts\//, ""));
    expect(problems).toEqual([`by-source.yaml:${dataLine}: data.value: column "title" of data/sources.csv is of type string in data/datapackage.json; this field needs a column of type integer or number`]);
    const unknown = chartEntryProblems(site("by-source.yaml", ON_SOURCES.replace("resource: sources", "resource: visits")), CONFIG).map((p) => p.replace(/^.*\/charts\//, ""));
    expect(unknown).toEqual([`by-source.yaml:${dataLine}: data.resource: "visits" is not a resource of the site's data/datapackage.json`]);
  });

  it("a line chart naming a column its table lacks stops at that field", () => {
    const lineOnUse = LINE.replace("resource: use", "resource: sources");
    const problems = chartEntryProblems(site("use.yaml", lineOnUse), CONFIG).map((p) => p.replace(/^.*\/charts\//, ""));
    expect(problems[0]).toMatch(/^use\.yaml:6: data\.x: "year" is not a column of data\/sources\.csv/);
  });
});
