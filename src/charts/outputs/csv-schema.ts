/**
 * The Table Schema of the chart CSV downloads: one definition per column name, shared by
 * every chart, so a column means the same in every file. The data bundle
 * (bundle.ts) describes each chart's CSV with the fields its columns name here; a column
 * with no definition stops the build.
 */
import type { Field, TableSchema } from "../../format/table-schema.ts";
import { VALUE_STATUSES } from "../../format/missing.ts";
import { AREA_CODE_PATTERN } from "../../schemas/formats.ts";

const YEAR = { minimum: 1994, maximum: 2100 };

/**
 * Every column a chart CSV may have: its type and rules. What each means is wording, in the
 * engine's defaults (charts.csvFields). Blank cells are values not published, never zeros.
 */
export const CHART_CSV_FIELDS: Readonly<Record<string, Omit<Field, "name">>> = {
  series: { type: "string", constraints: { required: true } },
  area_code: { type: "string", constraints: { required: true, pattern: AREA_CODE_PATTERN } },
  area_name: { type: "string", constraints: { required: true } },
  year: { type: "integer", constraints: { required: true, ...YEAR } },
  measure: { type: "string", constraints: { required: true } },
  unit: { type: "string", constraints: { required: true } },
  breakdown: { type: "string", constraints: { required: true } },
  category: { type: "string", constraints: { required: true } },
  value: { type: "number", constraints: { minimum: 0 } },
  status: { type: "string", constraints: { required: true, enum: [...VALUE_STATUSES] } },
  dfe_code: { type: "string", constraints: { enum: ["c", "z", "x", "u", ":", "..", "low", "k"] } },
  confidence: { type: "string", constraints: { required: true } },
  source_id: { type: "string", constraints: { required: true } },
  source_release: { type: "string", constraints: { required: true } },
  revised_from: { type: "number", constraints: { minimum: 0 } },
  revised_from_release: { type: "string" },
  account: { type: "string", constraints: { required: true } },
  kind: { type: "string", constraints: { required: true } },
  homes: { type: "integer", constraints: { required: true, minimum: 0 } },
  source_says: { type: "string" },
  id: { type: "string", constraints: { required: true } },
  label: { type: "string", constraints: { required: true } },
  part_of: { type: "string" },
  period: { type: "string" },
  low_gbp: { type: "integer", constraints: { required: true, minimum: 0 } },
  high_gbp: { type: "integer", constraints: { required: true, minimum: 0 } },
  per: { type: "string" },
};

/**
 * Columns whose values are a vocabulary of the site's data package: the CSV's schema lists
 * the values the package allows (its enum), copied from the resource and field named here,
 * so the engine never restates them and a site's package decides them.
 */
export const CSV_VALUES_FROM_PACKAGE: Readonly<Record<string, { resource: string; field: string }>> = {
  measure: { resource: "looked-after", field: "measure" },
  unit: { resource: "looked-after", field: "unit" },
  breakdown: { resource: "age-placement", field: "breakdown" },
  category: { resource: "age-placement", field: "category" },
  confidence: { resource: "looked-after", field: "confidence" },
  per: { resource: "money", field: "per" },
};

/** The values a resource's field allows (its enum), or undefined where the package sets none. */
export type AllowedValues = (resource: string, field: string) => readonly string[] | undefined;

/**
 * The Table Schema of a chart CSV with these columns, in order; `descriptions` says what each
 * column defined here means (the wording's charts.csvFields), and `own` defines the columns a
 * chart takes from the site's data package, with their own descriptions. Throws on an
 * undefined column.
 */
export function chartCsvSchema(
  chartId: string,
  columns: readonly string[],
  descriptions: Readonly<Record<string, string>>,
  own: Readonly<Record<string, Omit<Field, "name">>> = {},
  allowed: AllowedValues = () => undefined,
): TableSchema {
  const fields = columns.map((name): Field => {
    if (own[name]) return { name, ...own[name] };
    const field = CHART_CSV_FIELDS[name];
    if (!field) throw new Error(`chart "${chartId}": CSV column "${name}" has no definition in src/charts/outputs/csv-schema.ts`);
    const { type, constraints, ...rest } = field;
    const description = descriptions[name];
    const from = CSV_VALUES_FROM_PACKAGE[name];
    const values = from && allowed(from.resource, from.field);
    const rules = values ? { ...constraints, enum: [...values] } : constraints;
    return { name, type, ...(description !== undefined ? { description } : {}), ...rest, ...(rules ? { constraints: rules } : {}) };
  });
  return { fields, missingValues: [""] };
}
