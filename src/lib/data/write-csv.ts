/**
 * Writes typed rows back to CSV text in the project's one form (comma, "\n", a trailing
 * newline, quotes only where a value needs them): the inverse of validateTable, so a
 * file read and written again comes out byte for byte the same.
 */
import Papa from "papaparse";
import { Missing, formatCell, type Row } from "./table-schema.ts";

/** CSV text for `rows`, with the columns in `fields` order. */
export function writeCsv(fields: readonly string[], rows: readonly Row[]): string {
  const data = rows.map((r) => fields.map((f) => formatCell(r[f] ?? new Missing(""))));
  const text = Papa.unparse(
    { fields: [...fields], data },
    {
      delimiter: ",",
      newline: "\n",
      quoteChar: '"',
      escapeChar: '"',
      header: true,
      escapeFormulae: false,
      // A one-column row holding "" would be a blank line, which readers drop: quote it.
      quotes: (value: unknown) => fields.length === 1 && value === "",
    },
  );
  return `${text}\n`;
}
