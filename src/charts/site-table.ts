/**
 * A table of a site's own data package, as the generic chart kinds (`line`, `bar`) read
 * it: the resource a chart entry names in data/datapackage.json, its fields (their types
 * come from its Table Schema, never from the engine) and its validated rows. The checks
 * here run before anything is drawn, so an entry naming an unknown resource or column, or
 * a column of the wrong type, stops the build naming the entry's file, line and field.
 */
import type { LocatedRow } from "../lib/data/validate-table.ts";
import type { Field, FieldType } from "../format/table-schema.ts";

/** One resource of the site's data package. */
export interface SiteTable {
  /** Its `name` in data/datapackage.json. */
  name: string;
  /** Its file, as messages give it: "data/visits.csv". */
  file: string;
  fields: readonly Field[];
  rows: readonly LocatedRow[];
}

/** The site's tables by name; undefined for a name the package does not list. */
export type TableLookup = (name: string) => SiteTable | undefined;

/** A problem with one field of an entry, for the entry check to place at its line. */
export interface EntryProblem {
  /** Dotted path of the entry's field: "data.series.0.column". */
  field: string;
  problem: string;
}

/** A column an entry names, where it names it, and the types it may have. */
export interface ColumnUse {
  field: string;
  column: string;
  types: readonly FieldType[];
}

/** What the resource's columns may be, said once. */
const typeWords = (types: readonly FieldType[]) => types.join(" or ");

/**
 * Problems with an entry's table: the resource must be in the package, and each column it
 * names must be a field of it with one of the types its use allows. The resource's own
 * line is `data.resource`.
 */
export function tableProblems(tables: TableLookup, resource: string, uses: readonly ColumnUse[]): EntryProblem[] {
  const table = tables(resource);
  if (!table) return [{ field: "data.resource", problem: `"${resource}" is not a resource of the site's data/datapackage.json` }];
  const problems: EntryProblem[] = [];
  for (const u of uses) {
    const f = table.fields.find((x) => x.name === u.column);
    if (!f) problems.push({ field: u.field, problem: `"${u.column}" is not a column of ${table.file} (its columns: ${table.fields.map((x) => x.name).join(", ")})` });
    else if (!u.types.includes(f.type)) problems.push({ field: u.field, problem: `column "${u.column}" of ${table.file} is of type ${f.type} in data/datapackage.json; this field needs a column of type ${typeWords(u.types)}` });
  }
  return problems;
}

/** A value an entry names, where it names it, and the column of the resource whose values it must be one of. */
export interface ValueUse {
  field: string;
  column: string;
  value: string;
}

/**
 * Problems with the values an entry names of a resource's column: where the data package
 * lists the column's values (an enum), each must be one of them. A resource or column the
 * package lacks is left to the check of the kind's resources.
 */
export function valueProblems(tables: TableLookup, resource: string, uses: readonly ValueUse[]): EntryProblem[] {
  const table = tables(resource);
  if (!table) return [];
  return uses.flatMap((u) => {
    const allowed = table.fields.find((f) => f.name === u.column)?.constraints?.enum?.map(String);
    return allowed && !allowed.includes(u.value) ? [{ field: u.field, problem: `"${u.value}" is not a ${u.column} of ${table.file}: data/datapackage.json lists ${allowed.join(", ")}` }] : [];
  });
}

/** The field of `table` named `column`; the entry check has made sure it is there. */
export function fieldOf(table: SiteTable, column: string): Field {
  const f = table.fields.find((x) => x.name === column);
  if (!f) throw new Error(`${table.file}: no column "${column}"`);
  return f;
}

/**
 * A site column's definition for the chart's CSV and its bundle's Table Schema: its type,
 * description and the constraints that still hold for the values the chart shows. Not
 * `unique`: the CSV gives one row per value shown, so a line chart's x repeats per line.
 */
export function csvFieldOf(field: Field): Omit<Field, "name"> {
  const { name: _, constraints, ...rest } = field;
  const { unique: __, ...kept } = constraints ?? {};
  return { ...rest, ...(Object.keys(kept).length > 0 ? { constraints: kept } : {}) };
}
