/**
 * Streams an official DfE "cla_number_and_rate_per_10k_children" CSV and keeps only the
 * configured areas' values, so memory stays flat however large the file. The file's
 * SHA-256 is computed in the same pass. Columns are found by name: DfE renamed them
 * between releases (`number` → `children_count`, `population_count` → `population_type`)
 * and changed the measure wording ("at 31 March" → "on 31 March").
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";
import Papa from "papaparse";
import { Missing } from "../../../src/format/table-schema.ts";
import { problem } from "../../../src/lib/data/read-csv.ts";
import type { Measure, Unit } from "../../../src/lib/data/index.ts";
import { projectCode } from "./areas.ts";
import type { Area } from "../../../src/config/config.ts";
import { cellControlProblem, formulaProblem } from "../../../src/format/unsafe-text.ts";

/** One value read from the file for a configured area. */
export interface DfeValue {
  areaCode: string;
  areaName: string;
  /** The code as the file gives it (differs from areaCode for a successor code). */
  fileAreaCode: string;
  /** DfE's local-authority number (old_la_code) for a local-authority row; null otherwise. */
  laNumber: number | null;
  year: number;
  measure: Measure;
  unit: Unit;
  value: number | Missing;
  line: number;
}

/** What one pass over the file found. */
export interface DfeFile {
  values: DfeValue[];
  /** Earliest and latest time_period in the file; the latest names the release. */
  firstYear: number;
  lastYear: number;
  sha256: string;
  rowsRead: number;
  /** Configured areas that the file has values for. */
  areasFound: string[];
  /** The wording the file uses for the at-31-March measure, e.g. "…on 31 March each year". */
  stockWording: string | null;
  errors: string[];
}

/** Progress while reading, for a terminal display. */
export interface Progress {
  rows: number;
  bytes: number;
  totalBytes: number;
  areasFound: number;
}

export interface ReadOptions {
  /** Project area codes to extract (ignored with allLocalAuthorities). */
  areas: readonly string[];
  /** The site configuration's areas, whose `otherCodes` map a file's codes to the project's. */
  siteAreas: readonly Area[];
  /**
   * Extract every local authority's children looked after at 31 March instead: the
   * all-councils dataset. National and regional rows, and the flow measures, are skipped.
   */
  allLocalAuthorities?: boolean;
  /** Codes that mean "no value" (from the looked-after schema's missingValues). */
  missingCodes: readonly string[];
  /** Called every few thousand rows. */
  onProgress?: (p: Progress) => void;
  /** The size of the file in bytes, for progress. */
  totalBytes?: number;
}

// Each role lists the names DfE has used for it, newest first.
const COLUMNS = {
  time_period: ["time_period"],
  geographic_level: ["geographic_level"],
  country_code: ["country_code"],
  country_name: ["country_name"],
  region_code: ["region_code"],
  region_name: ["region_name"],
  new_la_code: ["new_la_code"],
  la_name: ["la_name"],
  measure: ["population_type", "population_count"],
  number: ["children_count", "number"],
  rate_per_10000: ["rate_per_10000"],
} as const;
type Role = keyof typeof COLUMNS;
// Read where present: the --councils import needs it to tell one council under two codes (run.ts).
const OPTIONAL_COLUMNS = { old_la_code: ["old_la_code"] } as const;
type OptionalRole = keyof typeof OPTIONAL_COLUMNS;

const MEASURES: [RegExp, Measure][] = [
  [/^Children looked after (at|on) 31 March( each year)?$/i, "looked_after_31_march"],
  [/^Children starting to be looked after (each|during the) year$/i, "started"],
  [/^Children ceasing to be looked after (each|during the) year$/i, "ceased"],
];

// DfE writes plain decimals; "1,234" or "1e3" would be a different file format, not a value.
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Which newline the file uses, from its first line: given to papaparse, never guessed. */
export async function sniffNewline(path: string): Promise<"\n" | "\r\n"> {
  const fd = await open(path, "r");
  try {
    const { buffer, bytesRead } = await fd.read(Buffer.alloc(65536), 0, 65536, 0);
    const nl = buffer.subarray(0, bytesRead).indexOf(10);
    return nl > 0 && buffer[nl - 1] === 13 ? "\r\n" : "\n";
  } finally {
    await fd.close();
  }
}

/** Read `path` (named `file` in messages) and return the configured areas' values. */
export async function readDfeFile(path: string, file: string, options: ReadOptions): Promise<DfeFile> {
  const newline = await sniffNewline(path);
  const wanted = new Set(options.areas);
  const hash = createHash("sha256");
  let bytes = 0;
  // Hash the bytes as they pass, then decode: setEncoding keeps a character split across
  // two chunks whole, which papaparse's own Buffer.toString per chunk would not.
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  tap.setEncoding("utf8");

  const out: DfeFile = { values: [], firstYear: Infinity, lastYear: -Infinity, sha256: "", rowsRead: 0, areasFound: [], stockWording: null, errors: [] };
  const seen = new Map<string, DfeValue>();
  const found = new Set<string>();
  let header: string[] | null = null;
  let col: Record<Role, number> | null = null;
  let optional: Partial<Record<OptionalRole, number>> = {};
  let line = 1;

  const onRow = (cells: string[], rowErrors: Papa.ParseError[]): boolean => {
    const start = line;
    // A row ends with one newline; quoted newlines inside its cells add to the count.
    line += 1;
    for (const c of cells) for (let i = c.indexOf("\n"); i !== -1; i = c.indexOf("\n", i + 1)) line++;
    if (header === null) {
      if (cells[0]?.charCodeAt(0) === 0xfeff) cells[0] = cells[0].slice(1);
      header = cells;
      col = columnsOf(header, file, out.errors);
      optional = optionalColumnsOf(header);
      return col !== null;
    }
    if (cells.length === 1 && cells[0] === "") return true;
    out.rowsRead++;
    if (out.rowsRead % 5000 === 0) options.onProgress?.({ rows: out.rowsRead, bytes, totalBytes: options.totalBytes ?? 0, areasFound: found.size });
    for (const e of rowErrors) out.errors.push(problem(file, start, "(row)", e.code === "MissingQuotes" ? "a quoted field is never closed" : e.message.toLowerCase()));
    if (cells.length !== header.length) {
      out.errors.push(problem(file, start, "(row)", `row has ${cells.length} fields, the header has ${header.length}`));
      return true;
    }
    const c = col!;
    const period = cells[c.time_period]!;
    if (!/^\d{4}$/.test(period)) {
      out.errors.push(problem(file, start, "time_period", `"${period}" is not a reporting year (YYYY)`));
      return true;
    }
    const year = Number(period);
    out.firstYear = Math.min(out.firstYear, year);
    out.lastYear = Math.max(out.lastYear, year);
    const area = areaOf(cells, c);
    if (!area) return true;
    const all = options.allLocalAuthorities === true;
    if (all && cells[c.geographic_level] !== "Local authority") return true;
    const areaCode = projectCode(area.code, options.siteAreas);
    if (!all && !wanted.has(areaCode)) return true;
    const wording = cells[c.measure]!;
    const measure = MEASURES.find(([re]) => re.test(wording))?.[1];
    if (!measure || (all && measure !== "looked_after_31_march")) return true;
    // The name and the measure's wording are written into data/: a council's name is never
    // a formula, and a control character would break every chart that draws it.
    const textProblems = [
      [header[c[area.nameRole]]!, area.name],
      [header[c.measure]!, wording],
    ].flatMap(([field, text]) => {
      const why = cellControlProblem(text!) ?? formulaProblem(text!);
      return why ? [problem(file, start, field!, why)] : [];
    });
    if (textProblems.length > 0) {
      out.errors.push(...textProblems);
      return true;
    }
    if (measure === "looked_after_31_march") out.stockWording ??= wording;
    const laNumber = laNumberOf(cells, cells[c.geographic_level]!, optional.old_la_code);
    if (laNumber === undefined) {
      out.errors.push(problem(file, start, "old_la_code", `"${cells[optional.old_la_code!]}" is not a DfE local-authority number`));
      return true;
    }
    found.add(areaCode);
    for (const [role, unit] of [["number", "number"], ["rate_per_10000", "rate_per_10000"]] as const) {
      const raw = cells[c[role]]!;
      const value = parseValue(raw, options.missingCodes);
      if (value === null) {
        out.errors.push(problem(file, start, header[c[role]]!, `"${raw}" is not a number or a DfE suppression code (${options.missingCodes.filter(Boolean).join(" ")})`));
        continue;
      }
      const v: DfeValue = { areaCode, areaName: area.name, fileAreaCode: area.code, laNumber, year, measure, unit, value, line: start };
      const key = `${areaCode}|${year}|${measure}|${unit}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (String(earlier.value) !== String(value)) {
          out.errors.push(problem(file, start, header[c[role]]!, `${area.name} ${year} ${measure} appears again with ${String(value)}; line ${earlier.line} gave ${String(earlier.value)}`));
        }
        continue;
      }
      seen.set(key, v);
      out.values.push(v);
    }
    return true;
  };

  await new Promise<void>((resolveRead, reject) => {
    const input = createReadStream(path);
    input.on("error", reject);
    Papa.parse<string[]>(input.pipe(tap), {
      delimiter: ",",
      newline,
      quoteChar: '"',
      skipEmptyLines: false,
      dynamicTyping: false,
      step(result, parser) {
        if (!onRow(result.data, result.errors)) {
          parser.abort();
          input.destroy();
        }
      },
      complete: () => resolveRead(),
      error: (e: Error) => reject(e),
    });
  });
  if (header === null) out.errors.push(problem(file, 1, "(file)", "the file is empty; expected a header row"));
  out.sha256 = hash.digest("hex");
  out.areasFound = options.allLocalAuthorities ? [...found].sort() : options.areas.filter((a) => found.has(a));
  options.onProgress?.({ rows: out.rowsRead, bytes, totalBytes: options.totalBytes ?? 0, areasFound: found.size });
  return out;
}

function columnsOf(header: string[], file: string, errors: string[]): Record<Role, number> | null {
  const col = {} as Record<Role, number>;
  let ok = true;
  for (const [role, names] of Object.entries(COLUMNS) as [Role, readonly string[]][]) {
    const i = names.map((n) => header.indexOf(n)).find((x) => x !== -1);
    if (i === undefined) {
      errors.push(problem(file, 1, names.join(" or "), "missing column"));
      ok = false;
    } else col[role] = i;
  }
  return ok ? col : null;
}

function optionalColumnsOf(header: string[]): Partial<Record<OptionalRole, number>> {
  const col: Partial<Record<OptionalRole, number>> = {};
  for (const [role, names] of Object.entries(OPTIONAL_COLUMNS) as [OptionalRole, readonly string[]][]) {
    const i = names.map((n) => header.indexOf(n)).find((x) => x !== -1);
    if (i !== undefined) col[role] = i;
  }
  return col;
}

/**
 * A local-authority row's DfE number: null where the file has no old_la_code column or the
 * row is national or regional; undefined where the cell is not a number (an error).
 */
function laNumberOf(cells: string[], level: string, column: number | undefined): number | null | undefined {
  if (column === undefined || level !== "Local authority") return null;
  const raw = cells[column]!.trim();
  return /^[1-9][0-9]*$/.test(raw) ? Number(raw) : undefined;
}

/** The area a row is about: DfE puts national, regional and local rows in one file. */
function areaOf(cells: string[], c: Record<Role, number>): { code: string; name: string; nameRole: Role } | null {
  switch (cells[c.geographic_level]) {
    case "National":
      return { code: cells[c.country_code]!, name: cells[c.country_name]!, nameRole: "country_name" };
    case "Regional":
      return { code: cells[c.region_code]!, name: cells[c.region_name]!, nameRole: "region_name" };
    case "Local authority":
      return { code: cells[c.new_la_code]!, name: cells[c.la_name]!, nameRole: "la_name" };
    default:
      return null;
  }
}

/** A number, a Missing that keeps the suppression code (never 0), or null if neither. */
export function parseValue(raw: string, missingCodes: readonly string[]): number | Missing | null {
  const trimmed = raw.trim();
  if (missingCodes.includes(trimmed)) return new Missing(trimmed);
  if (!DECIMAL.test(trimmed)) return null;
  return Number(trimmed);
}
