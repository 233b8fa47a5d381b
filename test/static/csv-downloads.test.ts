/**
 * Every CSV the site publishes (/charts/<id>.csv, the CSV in each /charts/<id>.zip and the
 * /data/ copies) opens safely in a spreadsheet: it starts with a UTF-8 byte-order mark,
 * so Excel reads "–" and "£" as written, and no cell a spreadsheet would run as a formula
 * reaches it. A cell may begin with "-" only as a number (-5, -3.2).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { unzipSync } from "fflate";
import { builtFiles } from "../../scripts/lib/built-pages.ts";
import { DIST } from "../support/pages.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Problems with one published CSV's bytes: a missing mark, or a formula-like cell. */
export function csvProblems(bytes: Uint8Array, name: string): string[] {
  const problems: string[] = [];
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) problems.push(`${name}: does not start with a UTF-8 byte-order mark`);
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  parsed.data.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (FORMULA_START.test(cell) && !NUMBER.test(cell)) problems.push(`${name}:${i + 1}: column ${j + 1}: ${JSON.stringify(cell)} would be read as a formula`);
    }),
  );
  return problems;
}

const files = builtFiles(DIST);
const csvs = files.filter((f) => f.endsWith(".csv"));
const zips = files.filter((f) => f.endsWith(".zip"));

describe("every published CSV is safe to open in a spreadsheet", () => {
  it("finds the chart CSVs, the data copies and the bundles", () => {
    expect(csvs.some((f) => f.startsWith("charts/"))).toBe(true);
    expect(csvs.some((f) => f.startsWith("data/"))).toBe(true);
    expect(zips.length).toBeGreaterThan(0);
  });

  it.each(csvs)("/%s", (f) => {
    expect(csvProblems(readFileSync(join(DIST, f)), f)).toEqual([]);
  });

  it.each(zips)("the CSV in /%s", (f) => {
    const entries = Object.entries(unzipSync(readFileSync(join(DIST, f)))).filter(([n]) => n.endsWith(".csv"));
    expect(entries.length).toBe(1);
    for (const [n, bytes] of entries) expect(csvProblems(bytes, `${f}/${n}`)).toEqual([]);
  });

  it("a file without the mark, or with a formula cell, is caught; a negative number is not", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(csvProblems(enc("a,b\n=1+1,-5\n"), "planted.csv")).toEqual(["planted.csv: does not start with a UTF-8 byte-order mark", 'planted.csv:2: column 1: "=1+1" would be read as a formula']);
    expect(csvProblems(enc("\uFEFFa,b\n\"'=1+1\",-3.2\n"), "ok.csv")).toEqual([]);
  });
});
