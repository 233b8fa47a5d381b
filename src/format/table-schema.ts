/**
 * The subset of Frictionless Table Schema this project uses, and the parsing of one
 * cell against a field. Kept separate from CSV reading so the importer can reuse it.
 */
import { isIsoDay } from "./date.ts";
import { cellControlProblem, formulaProblem } from "./unsafe-text.ts";

/** A value that the source left out, keeping the code it used ("" for a blank). */
export class Missing {
  /** The code as it appeared in the file, e.g. "c" (confidential) or "" (blank). */
  readonly code: string;
  constructor(code: string) {
    this.code = code;
  }
  toString(): string {
    return this.code;
  }
}

/** A typed cell value after parsing. */
export type Cell = string | number | boolean | Missing;

/** A parsed row: field name to typed value. */
export type Row = Record<string, Cell>;

export type FieldType = "string" | "integer" | "number" | "date" | "boolean";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
  format?: string;
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[];
  /** Table Schema v2: each list of fields must be unique across rows where none of them is missing. */
  uniqueKeys?: string[][];
  foreignKeys?: ForeignKey[];
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  schema: TableSchema;
}

export interface DataPackageDescriptor {
  name: string;
  title?: string;
  resources: Resource[];
}

// Canonical lexical forms only: "01" or "1.50" would not survive a write-back unchanged,
// and a leading zero usually means an identifier typed into a numeric column.
const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;

/** Parse one raw cell against its field. Returns the value, or a problem in words. */
export function parseCell(
  raw: string,
  field: Field,
  missingValues: readonly string[],
): { value: Cell } | { problem: string } {
  const c = field.constraints ?? {};
  // A control character breaks what is drawn from the cell (an SVG is then not XML) or hides in it.
  const control = cellControlProblem(raw);
  if (control) return { problem: control };
  if (missingValues.includes(raw)) {
    if (c.required) return { problem: raw === "" ? "required value is blank" : `required value is the missing-value code "${raw}"` };
    return { value: new Missing(raw) };
  }
  let value: Cell;
  switch (field.type) {
    case "string": {
      // Text that a spreadsheet would run when the published CSV is opened.
      const formula = formulaProblem(raw);
      if (formula) return { problem: formula };
      value = raw;
      break;
    }
    case "integer":
      if (!INTEGER.test(raw)) return { problem: `"${raw}" is not an integer` };
      value = Number(raw);
      break;
    case "number":
      if (!NUMBER.test(raw)) return { problem: `"${raw}" is not a number` };
      value = Number(raw);
      break;
    case "boolean":
      if (raw !== "true" && raw !== "false") return { problem: `"${raw}" is not true or false` };
      value = raw === "true";
      break;
    case "date": {
      if (!isIsoDay(raw)) return { problem: `"${raw}" is not a date (YYYY-MM-DD)` };
      value = raw;
      break;
    }
  }
  if (c.enum && !c.enum.includes(raw)) return { problem: `"${raw}" is not one of ${c.enum.join(", ")}` };
  if (c.pattern && !patternOf(c.pattern).test(raw)) return { problem: `"${raw}" does not match the pattern ${c.pattern}` };
  if (typeof value === "number") {
    if (c.minimum !== undefined && value < c.minimum) return { problem: `${raw} is below the minimum ${c.minimum}` };
    if (c.maximum !== undefined && value > c.maximum) return { problem: `${raw} is above the maximum ${c.maximum}` };
  }
  if (field.format === "uri" && typeof value === "string" && !/^https:\/\/[^\s]+$/.test(value)) {
    return { problem: `"${raw}" is not an https URL` };
  }
  return { value };
}

/** Write a typed value back to its CSV text form: the inverse of parseCell. */
export function formatCell(value: Cell): string {
  if (value instanceof Missing) return value.code;
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

// Compiled once per pattern: a table of 100,000 rows would otherwise compile it 100,000 times.
const patterns = new Map<string, RegExp>();
function patternOf(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
}
