/**
 * One council, one code. DfE's files give each local authority a number (old_la_code) as
 * well as an ONS code, and when a council is recoded without a change of area, a later
 * file lists it under the new code with the same number (see data/area-changes.csv). Counting both codes would count the council twice in a year. So the
 * --councils import treats codes that share a DfE number as one council, kept under one
 * code: the project's own rows (dfe_la_number) and the file's values say which codes
 * share a number. A council reorganised into a different area gets a new number, and so
 * stays a separate series.
 *
 * Pure: rows and values in, rows and values under one code each out, so --check and the
 * import share one decision.
 */
import { Missing, formatCell, type Row } from "../../../src/format/table-schema.ts";
import { problem } from "../../../src/lib/data/read-csv.ts";
import type { LocatedRow } from "../../../src/lib/data/validate-table.ts";
import type { DfeValue } from "./read-dfe-file.ts";

/** A project row kept under another code because DfE's number says it is the same council. */
export interface Fold {
  /** The row as it was, under the code it is moved from. */
  row: Row;
  into: string;
  laNumber: number;
  /** moved: no row under `into` for that year; merged: one was there, and the later release won. */
  kind: "moved" | "merged";
}

/** The project code each DfE number is kept under, where the data shows more than one code. */
export interface CodeGroup {
  laNumber: number;
  code: string;
  others: string[];
}

export interface Unified {
  rows: Row[];
  values: DfeValue[];
  folds: Fold[];
  groups: CodeGroup[];
  errors: string[];
}

/** Ascending by a map's number, a code without one last (Infinity - Infinity is NaN, so compare). */
const order = (m: Map<string, number>, a: string, b: string) => {
  const [x, y] = [m.get(a) ?? Infinity, m.get(b) ?? Infinity];
  return x === y ? 0 : x < y ? -1 : 1;
};
const keyOf = (code: string, r: { year: number; measure: string; unit: string }) => `${code}|${r.year}|${r.measure}|${r.unit}`;
const rowKey = (code: string, r: Row) => keyOf(code, { year: r.year as number, measure: String(r.measure), unit: String(r.unit) });
const isBlank = (c: Row[string] | undefined) => c === undefined || (c instanceof Missing && c.code === "");
const successorNote = (code: string) => `DfE lists this under ${code}, the successor code for the same local authority.`;

/**
 * Keep codes that share a DfE number under one code: the one with the earliest year, or on
 * a tie the one the project held from the earliest release (the code it has always used), or the site configuration's code for a configured
 * area (`configured`, from its otherCodes). `yearOf` gives a source id's reporting year, so
 * where both codes have a row for a year the later release's value wins and the earlier
 * one is kept as its revision.
 */
export function unifyByLaNumber(
  located: readonly LocatedRow[],
  values: readonly DfeValue[],
  opts: {
    yearOf: (sourceId: string) => number | null;
    /** How the project's file and the DfE file are named in errors. */
    projectFile: string;
    file: string;
    configured?: (code: string) => string;
  },
): Unified {
  const { yearOf, projectFile, file, configured = (c: string) => c } = opts;
  const rows = located.map((l) => l.row);
  const errors: string[] = [];
  const numberOf = new Map<string, { n: number; where: string }>();
  const note = (code: string, n: number, at: [string, number]) => {
    const known = numberOf.get(code);
    if (known && known.n !== n) errors.push(problem(at[0], at[1], at[0] === file ? "old_la_code" : "dfe_la_number", `${code} has DfE number ${n}, but ${known.where} gives it ${known.n}`));
    else if (!known) numberOf.set(code, { n, where: `${at[0]}:${at[1]}` });
  };
  for (const { line, row } of located) if (typeof row.dfe_la_number === "number") note(String(row.area_code), row.dfe_la_number, [projectFile, line]);
  for (const v of values) {
    if (v.laNumber === null) continue;
    note(v.fileAreaCode, v.laNumber, [file, v.line]);
    if (v.areaCode !== v.fileAreaCode) note(v.areaCode, v.laNumber, [file, v.line]);
  }

  const codesOf = new Map<number, Set<string>>();
  for (const [code, { n }] of numberOf) codesOf.set(n, (codesOf.get(n) ?? new Set()).add(code));
  const firstYear = new Map<string, number>();
  const seeYear = (code: string, year: number) => firstYear.set(code, Math.min(firstYear.get(code) ?? Infinity, year));
  for (const r of rows) seeYear(String(r.area_code), r.year as number);
  for (const v of values) seeYear(v.fileAreaCode, v.year);
  // The release a code was first held from: on a tie of years, the code the project held first stays.
  const firstRelease = new Map<string, number>();
  for (const r of rows) {
    const code = String(r.area_code);
    firstRelease.set(code, Math.min(firstRelease.get(code) ?? Infinity, yearOf(String(r.source_id)) ?? Infinity));
  }

  const target = new Map<string, string>();
  const groups: CodeGroup[] = [];
  for (const [n, set] of codesOf) {
    if (set.size < 2) continue;
    const codes = [...set];
    const fromConfig = codes.map(configured).find((c) => set.has(c) && codes.some((x) => x !== c && configured(x) === c));
    const chosen =
      fromConfig ??
      [...codes].sort((a, b) => order(firstYear, a, b) || order(firstRelease, a, b) || a.localeCompare(b))[0]!;
    for (const c of codes) target.set(c, chosen);
    groups.push({ laNumber: n, code: chosen, others: codes.filter((c) => c !== chosen).sort() });
  }
  const to = (code: string) => target.get(code) ?? code;
  const nameOf = new Map<string, string>();
  for (const r of rows) if (to(String(r.area_code)) === String(r.area_code)) nameOf.set(String(r.area_code), String(r.area_name));

  // The project's rows under a code that is not the council's: fold them into its code.
  const out: Row[] = [];
  const index = new Map<string, number>();
  const folded: Row[] = [];
  for (const r of rows) {
    const code = String(r.area_code);
    if (to(code) !== code) folded.push(r);
    else index.set(rowKey(code, r), out.push({ ...r }) - 1);
  }
  const folds: Fold[] = [];
  const later = (a: Row, b: Row) => (yearOf(String(a.source_id)) ?? -Infinity) > (yearOf(String(b.source_id)) ?? -Infinity);
  for (const r of folded) {
    const from = String(r.area_code);
    const into = to(from);
    const laNumber = numberOf.get(from)!.n;
    const moved: Row = {
      ...r,
      area_code: into,
      area_name: nameOf.get(into) ?? r.area_name!,
      dfe_la_number: laNumber,
      note: isBlank(r.note) ? successorNote(from) : r.note!,
    };
    const i = index.get(rowKey(into, r));
    if (i === undefined) {
      index.set(rowKey(into, r), out.push(moved) - 1);
      folds.push({ row: r, into, laNumber, kind: "moved" });
      continue;
    }
    const held = out[i]!;
    const [winner, loser] = later(moved, held) ? [moved, held] : [held, moved];
    const merged: Row = { ...winner, dfe_la_number: laNumber };
    const differ = formatCell(winner.value!) !== formatCell(loser.value!) || winner.value instanceof Missing !== loser.value instanceof Missing;
    const recorded = isBlank(winner.revised_from_source) ? null : yearOf(formatCell(winner.revised_from_source!));
    if (differ && typeof loser.value === "number" && (recorded === null || recorded <= (yearOf(String(loser.source_id)) ?? -Infinity))) {
      merged.revised_from = loser.value;
      merged.revised_from_source = loser.source_id!;
    }
    out[i] = merged;
    folds.push({ row: r, into, laNumber, kind: "merged" });
  }

  // The file's values, under the council's one code; a file listing it twice must agree.
  const seen = new Map<string, DfeValue>();
  const outValues: DfeValue[] = [];
  for (const v of values) {
    const areaCode = to(v.areaCode);
    const moved = areaCode === v.areaCode ? v : { ...v, areaCode, areaName: nameOf.get(areaCode) ?? v.areaName };
    const k = keyOf(areaCode, v);
    const earlier = seen.get(k);
    if (earlier) {
      if (formatCell(earlier.value) !== formatCell(v.value)) {
        errors.push(problem(file, v.line, v.unit === "number" ? "children_count or number" : "rate_per_10000", `${v.fileAreaCode} ${v.year} is ${formatCell(v.value)}; line ${earlier.line} gives ${formatCell(earlier.value)} for ${earlier.fileAreaCode}, which has the same DfE number`));
      }
      continue;
    }
    seen.set(k, moved);
    outValues.push(moved);
  }
  return { rows: out, values: outValues, folds, groups, errors };
}
