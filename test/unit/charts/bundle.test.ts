import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8, strToU8 } from "fflate";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { chartBundle, bundleFiles, OGL } from "../../../src/charts/outputs/bundle.ts";
import { chartCsv, citation } from "../../../src/charts/outputs/downloads.ts";
import { CHART_CSV_FIELDS, chartCsvSchema } from "../../../src/charts/outputs/csv-schema.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { validateTable } from "../../../src/lib/data/validate-table.ts";
import { dataPackage, source } from "../../../src/lib/data/index.ts";
import type { Resource } from "../../../src/format/table-schema.ts";

const PAGE = "https://example.org/charts/x/";

// Data Package v1 (and the Tabular Data Package profile): what a descriptor must hold.
const NAME = /^([-a-z0-9._/])+$/;
const LICENCE_NAME = /^([-a-zA-Z0-9._])+$/;
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"]);
function dataPackageProblems(pkg: Record<string, unknown>, files: Set<string>): string[] {
  const problems: string[] = [];
  const resources = pkg.resources;
  if (!Array.isArray(resources) || resources.length === 0) return ["resources: must be a non-empty array"];
  if (pkg.name !== undefined && (typeof pkg.name !== "string" || !NAME.test(pkg.name))) problems.push(`name: "${String(pkg.name)}" is not a valid name`);
  for (const [i, l] of ((pkg.licenses as Record<string, unknown>[] | undefined) ?? []).entries()) {
    if (typeof l.name !== "string" && typeof l.path !== "string") problems.push(`licenses.${i}: needs a name or a path`);
    if (typeof l.name === "string" && !LICENCE_NAME.test(l.name)) problems.push(`licenses.${i}.name: "${l.name}" is not an Open Definition id`);
  }
  for (const [i, s] of ((pkg.sources as Record<string, unknown>[] | undefined) ?? []).entries()) {
    if (typeof s.title !== "string" || s.title === "") problems.push(`sources.${i}: needs a title`);
    if (s.path !== undefined && !/^https?:\/\//.test(String(s.path))) problems.push(`sources.${i}.path: not a URL`);
  }
  for (const [i, r] of (resources as Record<string, unknown>[]).entries()) {
    if (typeof r.name !== "string" || !NAME.test(r.name)) problems.push(`resources.${i}.name: missing or invalid`);
    if (typeof r.path !== "string") problems.push(`resources.${i}.path: missing`);
    else if (!files.has(r.path)) problems.push(`resources.${i}.path: "${r.path}" is not in the bundle`);
    const fields = (r.schema as { fields?: Record<string, unknown>[] } | undefined)?.fields;
    if (pkg.profile === "tabular-data-package" && !Array.isArray(fields)) problems.push(`resources.${i}.schema.fields: required by the tabular profile`);
    for (const [j, f] of (fields ?? []).entries()) {
      if (typeof f.name !== "string") problems.push(`resources.${i}.schema.fields.${j}: needs a name`);
      if (f.type !== undefined && !TYPES.has(String(f.type))) problems.push(`resources.${i}.schema.fields.${j}: unknown type "${String(f.type)}"`);
    }
  }
  return problems;
}

describe.each(allCharts(site).map((c) => c.id))("the data bundle of %s", (id) => {
  const view = chartView(id, site);
  const zip = chartBundle(view, PAGE, site);
  const entries = unzipSync(zip);
  const names = new Set(Object.keys(entries));
  const files = bundleFiles(id);
  const pkg = JSON.parse(strFromU8(entries[files.descriptor]!)) as Record<string, unknown> & { resources: Resource[]; sources: { id: string; title: string; release: string; licence: string }[]; licenses?: { name: string }[] };

  it("holds the CSV, datapackage.json and README.md, and nothing else", () => {
    expect([...names].sort()).toEqual([files.csv, "README.md", "datapackage.json"].sort());
    // Compared as bytes: decoding as text would drop the byte-order mark the CSV starts with.
    expect(entries[files.csv]!).toEqual(strToU8(chartCsv(view)));
  });

  it("has a datapackage.json with every property the Data Package spec requires", () => {
    expect(dataPackageProblems(pkg, names)).toEqual([]);
  });

  it("has a CSV that validates against its resource's Table Schema", () => {
    const resource = pkg.resources[0]!;
    const result = validateTable(strFromU8(entries[resource.path]!), resource, resource.path);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(view.csv.rows.length);
  });

  it("names every source with its release, and states each licence as sources.csv records it", () => {
    const csvIds = new Set(view.csv.rows.map((r) => r[view.csv.columns.indexOf("source_id")]));
    for (const sid of csvIds) expect(pkg.sources.map((s) => s.release), String(sid)).toContain(source(String(sid), site).release);
    for (const s of pkg.sources) {
      expect(s.licence, s.title).toBe(source(s.id, site).licence);
      if (s.licence !== OGL.title) expect(pkg.licenses, "a package-wide OGL only when every source is OGL").toBeUndefined();
    }
    if (pkg.sources.every((s) => s.licence === OGL.title)) expect(pkg.licenses?.map((l) => l.name)).toEqual([OGL.name]);
  });

  it("has a README with what is measured, the notes, the licence and the page's citation", () => {
    const readme = strFromU8(entries["README.md"]!);
    expect(readme).toContain(view.subtitle);
    for (const n of view.notes) expect(readme).toContain(n);
    expect(readme).toMatch(/## Licence\n\n.+/);
    if (pkg.sources.some((s) => s.licence === OGL.title)) expect(readme).toContain(OGL.title);
    expect(readme).toContain(citation(view, PAGE, site.name, site.asOf));
  });
});

describe("chartBundle(view, …)", () => {
  it("writes the same bytes on every build, whatever the time zone", () => {
    const view = chartView("rate-per-10000", site);
    const tz = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const a = chartBundle(view, PAGE, site);
      process.env.TZ = "Pacific/Kiritimati";
      const b = chartBundle(view, PAGE, site);
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("refuses a CSV column the schema does not define", () => {
    expect(() => chartCsvSchema("x", ["year", "mystery"], {})).toThrow('chart "x": CSV column "mystery" has no definition');
  });

  it("describes each column in the words it is given, and leaves a column without words undescribed", () => {
    const schema = chartCsvSchema("x", ["year", "unit"], { year: "The year it is", unit: "Its unit" });
    expect(schema.fields).toEqual([
      { name: "year", type: "integer", description: "The year it is", constraints: CHART_CSV_FIELDS.year!.constraints },
      { name: "unit", type: "string", description: "Its unit", constraints: CHART_CSV_FIELDS.unit!.constraints },
    ]);
    expect(chartCsvSchema("x", ["year"], {}).fields[0]).not.toHaveProperty("description");
  });

  it("lists the values the site's data package allows in a column of its vocabulary, and none it does not", () => {
    const asked: string[] = [];
    const allowed = (resource: string, field: string) => (asked.push(`${resource}.${field}`), field === "measure" ? ["stock", "inflow"] : undefined);
    const schema = chartCsvSchema("x", ["year", "measure", "unit", "source_id"], {}, {}, allowed);
    expect(schema.fields.find((f) => f.name === "measure")?.constraints).toEqual({ required: true, enum: ["stock", "inflow"] });
    expect(schema.fields.find((f) => f.name === "unit")?.constraints).toEqual({ required: true });
    expect(asked).toEqual(["looked-after.measure", "looked-after.unit"]);
  });

  it("copies this site's measures and units into a looked-after chart's bundle schema from data/datapackage.json", () => {
    const pkg = dataPackage(site).resources.get("looked-after")!.resource.schema.fields;
    const schema = JSON.parse(strFromU8(unzipSync(chartBundle(chartView("rate-per-10000", site), PAGE, site))["datapackage.json"]!)).resources[0].schema;
    for (const column of ["measure", "unit", "confidence"]) {
      expect(schema.fields.find((f: { name: string }) => f.name === column).constraints.enum, column).toEqual(pkg.find((f) => f.name === column)!.constraints!.enum);
    }
  });

  it("has words in the defaults only for columns it defines", () => {
    for (const name of Object.keys(ui(site).charts.csvFields)) expect(CHART_CSV_FIELDS, name).toHaveProperty(name);
  });
});
