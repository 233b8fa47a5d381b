/**
 * Property tests of the validator: anything it accepts round-trips through the writer,
 * and any single corruption of a valid file is rejected at the corrupted line.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTable } from "../../../src/lib/data/validate-table.ts";
import { writeCsv } from "../../../src/lib/data/write-csv.ts";
import { Missing, type Resource, type Row } from "../../../src/format/table-schema.ts";
import { cellControlProblem, formulaProblem } from "../../../src/format/unsafe-text.ts";

const MISSING = ["", "c", "z", "..", "low"];
const resource: Resource = {
  name: "t",
  path: "t.csv",
  schema: {
    fields: [
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "label", type: "string" },
      { name: "value", type: "number" },
      { name: "year", type: "integer", constraints: { minimum: 1994, maximum: 2100 } },
      { name: "flag", type: "boolean" },
      { name: "day", type: "date" },
    ],
    missingValues: MISSING,
    primaryKey: ["id"],
  },
};
const FIELDS = resource.schema.fields.map((f) => f.name);
const FILE = "data/t.csv";

const missing = fc.constantFrom(...MISSING).map((c) => new Missing(c));
// Strings that are awkward in CSV: delimiters, quotes, padding, non-ASCII, = + - @ after
// the first character. A control character (a newline among them) or a formula's first
// character is refused: the corruptions below plant those.
const text = fc
  .oneof(fc.string(), fc.constantFrom("a,b", 'say "hi"', " padded ", "Ynys Môn", "🏠", "a=b", "x-1", "e@mail"))
  .filter((s) => !MISSING.includes(s) && cellControlProblem(s) === null && formulaProblem(s) === null);
const number = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })).map((n) => Number(String(n)));
const canonicalNumber = number.filter((n) => /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(String(n)));
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const rowsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 25 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          label: fc.oneof(text, missing),
          value: fc.oneof(canonicalNumber, missing),
          year: fc.oneof(fc.integer({ min: 1994, max: 2100 }), missing),
          flag: fc.oneof(fc.boolean(), missing),
          day: fc.oneof(date, missing),
        }),
      ),
    ),
  )
  .map((rows) => rows as Row[]);

/** The line each data row starts on: quoted newlines push later rows down. */
function startLines(rows: Row[]): number[] {
  let line = 2;
  return rows.map((r) => {
    const start = line;
    line += 1 + FIELDS.reduce((n, f) => n + (String(r[f]).match(/\n/g)?.length ?? 0), 0);
    return start;
  });
}

describe("validateTable(writeCsv(rows)) — properties", () => {
  it("accepts what the writer writes and reads back the same typed rows and the same text", () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), fc.boolean(), (rows, bom, crlf) => {
        // With crlf, CRLF goes between records only; a newline inside a quoted value stays as written.
        const csv = crlf ? crlfRecords(rows) : writeCsv(FIELDS, rows);
        const result = validateTable((bom ? "\uFEFF" : "") + csv, resource, FILE);
        expect(result.errors).toEqual([]);
        expect(result.rows.map((r) => r.row)).toEqual(rows);
        expect(result.rows.map((r) => r.line)).toEqual(startLines(rows));
        expect(writeCsv(FIELDS, result.rows.map((r) => r.row))).toBe(writeCsv(FIELDS, rows));
      }),
      { numRuns: 200 },
    );
  });

  type Corruption = "wrong type" | "ragged row" | "extra field" | "unbalanced quote" | "duplicate primary key" | "blank line" | "non-canonical number" | "out of range" | "control character" | "formula";
  const corruptions: Corruption[] = ["wrong type", "ragged row", "extra field", "unbalanced quote", "duplicate primary key", "blank line", "non-canonical number", "out of range", "control character", "formula"];

  it("rejects any single corruption of a valid file, naming the corrupted line and only that line", () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...corruptions), fc.nat(), (rows, kind, pick) => {
        // A duplicate needs an earlier row; an unclosed quote swallows the rest of the file, so it goes last.
        const target = kind === "unbalanced quote" ? rows.length - 1 : kind === "duplicate primary key" ? 1 + (pick % Math.max(1, rows.length - 1)) : pick % rows.length;
        fc.pre(kind !== "duplicate primary key" || rows.length > 1);
        const records = rows.map((r) => writeCsv(FIELDS, [r]).split("\n").slice(1, -1).join("\n"));
        const line = startLines(rows)[target]!;
        const r = records[target]!;
        const cut = r.indexOf(","); // the id column is an unquoted integer, so this ends it
        switch (kind) {
          case "wrong type":
            records[target] = `x${r}`;
            break;
          case "ragged row":
            records[target] = r.slice(0, cut);
            break;
          case "extra field":
            records[target] = `${r},extra`;
            break;
          case "unbalanced quote":
            records[target] = `"${r}`;
            break;
          case "duplicate primary key":
            records[target] = `${String(rows[0]!.id)}${r.slice(cut)}`;
            break;
          case "blank line":
            records[target] = `\n${r}`;
            break;
          case "non-canonical number":
            records[target] = `0${r}`;
            break;
          case "out of range":
            records[target] = writeCsv(FIELDS, [{ ...rows[target]!, year: 1993 }]).split("\n").slice(1, -1).join("\n");
            break;
          case "control character":
            records[target] = writeCsv(FIELDS, [{ ...rows[target]!, label: `a${String.fromCharCode(pick % 32)}b` }]).split("\n").slice(1, -1).join("\n");
            break;
          case "formula":
            records[target] = writeCsv(FIELDS, [{ ...rows[target]!, label: `${"=+-@"[pick % 4]}1+1` }]).split("\n").slice(1, -1).join("\n");
            break;
        }
        const result = validateTable(`${FIELDS.join(",")}\n${records.join("\n")}\n`, resource, FILE);
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.startsWith(`${FILE}:${line}: `), `${kind}: ${e}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

/** The rows written with CRLF between records (values keep their own newlines). */
function crlfRecords(rows: Row[]): string {
  const records = rows.map((r) => writeCsv(FIELDS, [r]).split("\n").slice(1, -1).join("\n"));
  return `${FIELDS.join(",")}\r\n${records.join("\r\n")}\r\n`;
}
