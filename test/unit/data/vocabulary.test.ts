/**
 * The data package decides the vocabulary of its columns (their enums); the engine names
 * the values it reads and is held to the package's list, never restating it.
 */
import { describe, expect, it } from "vitest";
import { site } from "../../support/site.ts";
import { allowedValues, series } from "../../../src/lib/data/index.ts";
import { MEASURE, UNIT } from "../../../src/lib/data/looked-after-terms.ts";
import { valueProblems, type SiteTable } from "../../../src/charts/site-table.ts";
import { ageAndPlacement } from "../../../src/charts/kinds/age-and-placement.ts";
import type { AgeAndPlacementEntry } from "../../../src/schemas/chart-entry.ts";

const table: SiteTable = {
  name: "age-placement",
  file: "data/age-placement.csv",
  fields: [{ name: "category", type: "string", constraints: { enum: ["total", "under_10"] } }, { name: "note", type: "string" }],
  rows: [],
};
const tables = (name: string) => (name === table.name ? table : undefined);

describe("the looked-after measures and units the engine reads", () => {
  it("are all values the site's data package lists", () => {
    for (const m of Object.values(MEASURE)) expect(allowedValues("looked-after", "measure", site), m).toContain(m);
    for (const u of Object.values(UNIT)) expect(allowedValues("looked-after", "unit", site), u).toContain(u);
  });

  it("are refused by series() where the package does not list them, naming the package, resource and field", () => {
    expect(() => series(site.council.area, "adopted", UNIT.number, site)).toThrow(/^data\/datapackage\.json: resource "looked-after", field "measure": the site reads "adopted", which its enum \(looked_after_31_march, started, ceased\) does not list$/);
    expect(() => series(site.council.area, MEASURE.lookedAfter, "percent", site)).toThrow(/field "unit": the site reads "percent"/);
  });

  it("gives no list for a column the package sets none for, or a resource it lacks", () => {
    expect(allowedValues("looked-after", "area_name", site)).toBeUndefined();
    expect(allowedValues("library-visits", "measure", site)).toBeUndefined();
  });
});

describe("valueProblems(tables, resource, uses)", () => {
  it("places a value the column's enum does not list at the entry's field, with the list", () => {
    expect(valueProblems(tables, "age-placement", [{ field: "band", column: "category", value: "under_10" }, { field: "all", column: "category", value: "everyone" }])).toEqual([
      { field: "all", problem: '"everyone" is not a category of data/age-placement.csv: data/datapackage.json lists total, under_10' },
    ]);
  });

  it("holds no value to a column without an enum, and leaves a missing resource to the kind's resource check", () => {
    expect(valueProblems(tables, "age-placement", [{ field: "x", column: "note", value: "anything" }])).toEqual([]);
    expect(valueProblems(tables, "money", [{ field: "x", column: "category", value: "anything" }])).toEqual([]);
  });
});

describe("an age-and-placement entry", () => {
  it("may name only categories the package lists, in its series, band and all", () => {
    const entry = { series: [{ category: "total" }, { category: "aged_10_to_15" }], band: "aged_10_to_15", all: "total" } as unknown as AgeAndPlacementEntry;
    expect(ageAndPlacement.problems!(entry, tables).map((p) => p.field)).toEqual(["series.1.category", "band"]);
  });
});
