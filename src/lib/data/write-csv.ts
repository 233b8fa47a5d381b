/**
 * The project's one CSV writer, on papaparse's unparse, in one dialect (comma, "\n", a
 * trailing newline, quotes only where a value needs them) and two forms:
 *
 * - the source form (writeCsv), for the files in data/ the importer writes: the inverse
 *   of validateTable, so a file read and written again comes out byte for byte the same.
 *   No byte-order mark and no escaping: these are the facts as stored (keeping
 *   formula-like cells out of data/ is the data's validation's and the importer's work).
 * - the download form (downloadCsv), for every CSV a reader can download (/charts/<id>.csv,
 *   the CSV inside each /charts/<id>.zip, the /data/*.csv copies): a UTF-8 byte-order mark
 *   first, so Excel reads the file as UTF-8 ("10–15", "£1.9m", not "10â€“15", "Â£1.9m"),
 *   and formula escaping after OWASP's CSV-injection guidance: a text cell that begins
 *   with =, +, -, @, a tab or a carriage return is written with a single quote in front
 *   and quoted, so a spreadsheet shows it as text and never runs it. A number is never
 *   escaped: a cell the writer is handed as a number (a chart's value, or a value from a
 *   column the Table Schema types integer or number) is written as that number, so -5 or
 *   -3.2 stays a number; the same text in a text column ("-5" as a note) is escaped.
 *   docs/data.md describes the form for readers of the files.
 */
import Papa from "papaparse";
import { Missing, formatCell, type Row } from "../../format/table-schema.ts";

/** The UTF-8 byte-order mark every downloadable CSV starts with. */
export const BOM = "\uFEFF";

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP). Anchored
 * at the start only: papaparse's own default pattern ends in `.*$`, which fails on a cell
 * holding a line break, so "=cmd\nx" would pass through.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as the writer is handed it: numbers and booleans are written as they are, null as blank. */
export type CsvCell = string | number | boolean | null;

function unparse(fields: readonly string[], data: CsvCell[][], escapeFormulae: RegExp | false): string {
  const text = Papa.unparse(
    { fields: [...fields], data },
    {
      delimiter: ",",
      newline: "\n",
      quoteChar: '"',
      escapeChar: '"',
      header: true,
      escapeFormulae,
      // A one-column row holding "" would be a blank line, which readers drop: quote it.
      quotes: (value: unknown) => fields.length === 1 && value === "",
    },
  );
  return `${text}\n`;
}

/** The source form: CSV text for typed `rows`, with the columns in `fields` order. */
export function writeCsv(fields: readonly string[], rows: readonly Row[]): string {
  return unparse(fields, rows.map((r) => fields.map((f) => formatCell(r[f] ?? new Missing("")))), false);
}

/** The download form: a byte-order mark, then the rows with every formula-like text cell escaped. */
export function downloadCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + unparse(fields, rows.map((r) => r.map((c) => (c === null ? "" : c))), FORMULA_START);
}

/**
 * The download form of a validated data table: numbers from integer and number columns
 * stay numbers; text, dates and missing-value codes are text.
 */
export function downloadTableCsv(fields: readonly string[], rows: readonly Row[]): string {
  return downloadCsv(
    fields,
    rows.map((r) => fields.map((f) => {
      const v = r[f] ?? new Missing("");
      return typeof v === "number" ? v : formatCell(v);
    })),
  );
}
