/**
 * The Table Schema of the chart CSV downloads: one definition per column name, shared by
 * every chart, so a column means the same in every file. The data bundle
 * (bundle.ts) describes each chart's CSV with the fields its columns name here; a column
 * with no definition stops the build.
 */
import type { Field, TableSchema } from "../lib/data/table-schema.ts";
import { VALUE_STATUSES } from "../lib/format/missing.ts";
import { AREA_CODE_PATTERN } from "../schemas/formats.ts";

const CONFIDENCE = ["read", "calc", "press", "unverified"];
const YEAR = { minimum: 1994, maximum: 2100 };

/** Every column a chart CSV may have. Blank cells are values not published, never zeros. */
export const CHART_CSV_FIELDS: Readonly<Record<string, Omit<Field, "name">>> = {
  series: { type: "string", description: "The series or row of the chart the value belongs to", constraints: { required: true } },
  area_code: { type: "string", description: "ONS area code", constraints: { required: true, pattern: AREA_CODE_PATTERN } },
  area_name: { type: "string", description: "The area's name as DfE gives it", constraints: { required: true } },
  year: { type: "integer", description: "Reporting year ending 31 March", constraints: { required: true, ...YEAR } },
  measure: { type: "string", description: "looked_after_31_march: children looked after at 31 March; started and ceased: children who started or ceased to be looked after in the year", constraints: { required: true, enum: ["looked_after_31_march", "started", "ceased"] } },
  unit: { type: "string", constraints: { required: true, enum: ["number", "rate_per_10000"] } },
  breakdown: { type: "string", constraints: { required: true, enum: ["all", "age", "placement"] } },
  category: { type: "string", description: "Age band or placement type; 'total' for all children", constraints: { required: true } },
  value: { type: "number", description: "The value shown; blank where none is published", constraints: { minimum: 0 } },
  status: { type: "string", description: "published; not published (the source gave a code instead, in dfe_code where the file has that column); or not in this dataset (the project holds no value). The value is blank unless published", constraints: { required: true, enum: [...VALUE_STATUSES] } },
  dfe_code: { type: "string", description: "Where no value is published, DfE's code for why: z not applicable (the council did not exist that year), c suppressed; blank otherwise", constraints: { enum: ["c", "z", "x", "u", ":", "..", "low", "k"] } },
  confidence: { type: "string", description: "read: read in the source; calc: computed from read figures; press: reported by a newspaper", constraints: { required: true, enum: CONFIDENCE } },
  source_id: { type: "string", description: "Identifier of the release the value comes from (the package's sources list it)", constraints: { required: true } },
  source_release: { type: "string", description: "The release the value comes from", constraints: { required: true } },
  revised_from: { type: "number", description: "Where a later release revised the value: the value an earlier release gave (as first published where that release is the year's own). Blank otherwise", constraints: { minimum: 0 } },
  revised_from_release: { type: "string", description: "The release that gave revised_from. Blank where the value was not revised" },
  account: { type: "string", description: "The source whose count of homes this is", constraints: { required: true } },
  kind: { type: "string", description: "The kind of home", constraints: { required: true } },
  homes: { type: "integer", description: "Number of homes of this kind, as the source counts them", constraints: { required: true, minimum: 0 } },
  source_says: { type: "string", description: "What the source says, in the site's words" },
  id: { type: "string", description: "Identifier of the money figure", constraints: { required: true } },
  label: { type: "string", constraints: { required: true } },
  part_of: { type: "string", description: "id of the figure this one is a part of" },
  period: { type: "string", description: "Financial or calendar year the figure is for, where stated" },
  low_gbp: { type: "integer", description: "Amount in pounds; the low end where a range is given", constraints: { required: true, minimum: 0 } },
  high_gbp: { type: "integer", description: "Amount in pounds; the high end where a range is given, else equal to low_gbp", constraints: { required: true, minimum: 0 } },
  per: { type: "string", description: "'year' where the source gives a yearly figure", constraints: { enum: ["year"] } },
};

/**
 * The Table Schema of a chart CSV with these columns, in order; `own` defines the columns a
 * chart takes from the site's data package. Throws on an undefined column.
 */
export function chartCsvSchema(chartId: string, columns: readonly string[], own: Readonly<Record<string, Omit<Field, "name">>> = {}): TableSchema {
  const fields = columns.map((name) => {
    const field = own[name] ?? CHART_CSV_FIELDS[name];
    if (!field) throw new Error(`chart "${chartId}": CSV column "${name}" has no definition in src/charts/csv-schema.ts`);
    return { name, ...field };
  });
  return { fields, missingValues: [""] };
}
