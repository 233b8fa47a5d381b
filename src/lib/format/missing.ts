/**
 * The site's one wording for a missing figure, in tables, tooltips and the area picker.
 *
 * A year or value the project's data does not hold reads "not in this dataset": the
 * site cannot tell from its own data whether the publisher left it out, and so never
 * says "not published" for it. Where the source put a code in place of a figure, the
 * code is shown, with its meaning where DfE gives one; a code of unknown meaning still
 * says the figure was not published, which the code itself shows.
 */
import { Missing } from "../data/table-schema.ts";
import { formatNumber } from "./number.ts";

/** For a year or figure the project's data does not hold. */
export const NOT_IN_DATASET = "not in this dataset";

/** What DfE's codes for a missing figure mean, for the codes the project knows. */
export const MISSING_CODES: Readonly<Record<string, string>> = { c: "confidential", z: "not applicable", u: "low reliability", ":": "not available" };

/** The meaning of a DfE code, or undefined for a code the project does not know. */
export function codeMeaning(code: string): string | undefined {
  return Object.hasOwn(MISSING_CODES, code) ? MISSING_CODES[code] : undefined;
}

/** Why there is no figure, for a table cell: "suppressed (code "c")", "not published (code "x")", or, for a blank, "not in this dataset". */
export function missingText(code: string): string {
  if (code === "") return NOT_IN_DATASET;
  return `${codeMeaning(code) ?? "not published"} (code "${code}")`;
}

/** The status column of a chart CSV, whose value cell is blank unless "published". */
export const VALUE_STATUSES = ["published", "not published", NOT_IN_DATASET] as const;

/** "published" for a figure; for none, the same distinction the tables make: a code from the source, or nothing in this dataset. */
export function valueStatus(value: number | Missing): (typeof VALUE_STATUSES)[number] {
  if (typeof value === "number") return "published";
  return value.code === "" ? NOT_IN_DATASET : "not published";
}

/** A value, or for a missing one (no row: null or undefined) the words saying why there is none. */
export function formatValue(value: number | Missing | null | undefined): string {
  if (value === null || value === undefined) return NOT_IN_DATASET;
  if (value instanceof Missing) return missingText(value.code);
  return formatNumber(value);
}
