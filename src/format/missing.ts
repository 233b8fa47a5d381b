/**
 * The site's one wording for a missing figure, in tables, tooltips and the area picker.
 *
 * A year or value the project's data does not hold reads as the site's
 * charts.notInDataset ("not in this dataset"): the site cannot tell from its own data
 * whether the publisher left it out, and so never says "not published" for it. Where the
 * source put a code in place of a figure, the code is shown, with its meaning where DfE
 * gives one; a code of unknown meaning still says the figure was not published, which the
 * code itself shows.
 *
 * A chart CSV's status column makes the same distinction as a data value, not as wording:
 * its values are the CSV schema's (csv-schema.ts), fixed like its column names, so a file
 * reads the same whichever site publishes it and however that site words its tables.
 */
import { Missing } from "./table-schema.ts";
import { formatNumber } from "./number.ts";
import type { Ui } from "../schemas/ui.ts";

/** The words for a figure the project's data does not hold (the site's charts.notInDataset). */
export type MissingWords = Pick<Ui["charts"], "notInDataset">;

/** The status value of a figure the project's data does not hold: a value of the chart CSVs' schema, never reworded. */
export const STATUS_NOT_IN_DATASET = "not in this dataset";

/** What DfE's codes for a missing figure mean, for the codes the project knows. */
export const MISSING_CODES: Readonly<Record<string, string>> = { c: "confidential", z: "not applicable", u: "low reliability", ":": "not available" };

/** The meaning of a DfE code, or undefined for a code the project does not know. */
export function codeMeaning(code: string): string | undefined {
  return Object.hasOwn(MISSING_CODES, code) ? MISSING_CODES[code] : undefined;
}

/** Why there is no figure, for a table cell: "confidential (code “c”)", "not published (code “x”)" (curly quotes, as the pages' typesetting gives them: the area picker's script adds rows with no typesetting), or, for a blank, the site's words for a figure not held. */
export function missingText(code: string, w: MissingWords): string {
  if (code === "") return w.notInDataset;
  return `${codeMeaning(code) ?? "not published"} (code “${code}”)`;
}

/** The status column of a chart CSV, whose value cell is blank unless "published". */
export const VALUE_STATUSES = ["published", "not published", STATUS_NOT_IN_DATASET] as const;

/** "published" for a figure; for none, the same distinction the tables make: a code from the source, or nothing in this dataset. */
export function valueStatus(value: number | Missing): (typeof VALUE_STATUSES)[number] {
  if (typeof value === "number") return "published";
  return value.code === "" ? STATUS_NOT_IN_DATASET : "not published";
}

/** A value, or for a missing one (no row: null or undefined) the words saying why there is none. */
export function formatValue(value: number | Missing | null | undefined, w: MissingWords): string {
  if (value === null || value === undefined) return w.notInDataset;
  if (value instanceof Missing) return missingText(value.code, w);
  return formatNumber(value);
}
