/**
 * Reads CSV text into records that remember the line they start on, so every later
 * error can name it. papaparse does the parsing; this module only adds line numbers
 * and the file-level rules (BOM, line endings, trailing newline, blank lines).
 */
import Papa from "papaparse";

/** One data record: the 1-based line it starts on, and its raw cells. */
export interface RawRecord {
  line: number;
  cells: string[];
}

export interface RawTable {
  header: string[];
  records: RawRecord[];
  /** Problems found while reading, already in `file:LINE: field: problem` form. */
  errors: string[];
}

/** Formats one validation error in the project's one format. */
export function problem(file: string, line: number, field: string, message: string): string {
  return `${file}:${line}: ${field}: ${message}`;
}

/** Parse CSV text. `file` is the name errors use, e.g. "data/looked-after.csv". */
export function readCsv(text: string, file: string): RawTable {
  const errors: string[] = [];
  // A UTF-8 byte-order mark is common in exported files (DfE's among them); it is not data.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return { header: [], records: [], errors: [problem(file, 1, "(file)", "the file is empty; expected a header row")] };
  }
  // The delimiter and newline are given, never guessed: a guess can be wrong on a small file.
  // Taken from the end of the header line: a quoted value further down may hold either.
  const firstNewline = body.indexOf("\n");
  const newline = firstNewline > 0 && body[firstNewline - 1] === "\r" ? "\r\n" : "\n";
  const rows: RawRecord[] = [];
  let line = 1;
  let offset = 0;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    newline,
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
    step(result) {
      const start = line;
      const end = result.meta.cursor;
      for (let i = offset; i < end && i < body.length; i++) if (body.charCodeAt(i) === 10) line++;
      offset = end;
      for (const e of result.errors) {
        const what = e.code === "MissingQuotes" ? "a quoted field is never closed" : e.message.toLowerCase();
        errors.push(problem(file, start, "(row)", what));
      }
      rows.push({ line: start, cells: result.data });
    },
  });
  // A trailing newline leaves one empty record at the end; anywhere else it is a blank line.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  const [head, ...records] = rows;
  const data: RawRecord[] = [];
  for (const r of records) {
    if (r.cells.length === 1 && r.cells[0] === "") errors.push(problem(file, r.line, "(row)", "blank line"));
    else data.push(r);
  }
  return { header: head?.cells ?? [], records: data, errors };
}
