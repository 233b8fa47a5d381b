/**
 * Compares a DfE file's values with the project's looked-after rows and merges them.
 * Pure: rows in, rows and a list of what changed out, so --check and the real import
 * share one decision and tests need no files.
 *
 * The rule: a later release wins. Releases are ordered by their reporting year
 * (sources.csv `reporting_year`); a source with none (a newspaper, say) counts as older
 * than any DfE release. Where the file and the project disagree, the earlier release's
 * value is kept in `revised_from` / `revised_from_source`.
 */
import { Missing, formatCell, type Cell, type Row } from "../../../src/format/table-schema.ts";
import type { DfeValue } from "./read-dfe-file.ts";

/** The release the file's values are recorded under. */
export interface FileRelease {
  sourceId: string;
  reportingYear: number;
}

/** What happened to one value of the file. */
export type ChangeKind =
  /** The project has the same value. */
  | "same"
  /** The project has no row for it; the file's value is added. */
  | "added"
  /** The project's value comes from an earlier (or the same) release and differs; the file's replaces it. */
  | "replaced"
  /** The project holds a later release's value, which differs; the project's is kept. */
  | "revision";

export interface Change {
  kind: ChangeKind;
  value: DfeValue;
  /** The project's row before the merge, if it had one. */
  before: Row | null;
  /** Set where a replaced row carries a note written for the old value. */
  noteToReview: string | null;
}

export interface MergeResult {
  rows: Row[];
  changes: Change[];
}

const keyOf = (areaCode: string, year: number, measure: string, unit: string) => `${areaCode}|${year}|${measure}|${unit}`;
const rowKey = (r: Row) => keyOf(String(r.area_code), r.year as number, String(r.measure), String(r.unit));
const same = (a: Cell | undefined, b: Cell | undefined) =>
  a !== undefined && b !== undefined && a instanceof Missing === b instanceof Missing && formatCell(a) === formatCell(b);
const isBlank = (c: Cell | undefined) => c === undefined || (c instanceof Missing && c.code === "");

const successorNote = (code: string) => `DfE lists this under ${code}, the successor code for the same local authority.`;
/** The DfE number a value carries, for the all-councils file's dfe_la_number column (absent for other rows). */
const withNumber = (v: DfeValue): Row => (typeof v.laNumber === "number" ? { dfe_la_number: v.laNumber } : {});
/** Where the value the row now holds is listed under a successor code, a row without a note says so. */
const successorNoteOf = (before: Row, v: DfeValue): Row => (v.fileAreaCode !== v.areaCode && isBlank(before.note) ? { note: successorNote(v.fileAreaCode) } : {});

/** Merge `values` from `release` into `rows`; `yearOf` gives a source id's reporting year. */
export function mergeValues(rows: readonly Row[], values: readonly DfeValue[], release: FileRelease, yearOf: (sourceId: string) => number | null): MergeResult {
  const out = rows.map((r) => ({ ...r }));
  const index = new Map(out.map((r, i) => [rowKey(r), i]));
  const changes: Change[] = [];
  const olderThanFile = (id: string) => (yearOf(id) ?? -Infinity) <= release.reportingYear;

  for (const v of values) {
    const i = index.get(keyOf(v.areaCode, v.year, v.measure, v.unit));
    if (i === undefined) {
      const row: Row = {
        area_code: v.areaCode,
        area_name: v.areaName,
        year: v.year,
        measure: v.measure,
        unit: v.unit,
        value: v.value,
        source_id: release.sourceId,
        confidence: "read",
        revised_from: new Missing(""),
        revised_from_source: new Missing(""),
        note: v.fileAreaCode === v.areaCode ? new Missing("") : successorNote(v.fileAreaCode),
        ...withNumber(v),
      };
      index.set(rowKey(row), out.push(row) - 1);
      changes.push({ kind: "added", value: v, before: null, noteToReview: null });
      continue;
    }
    const before = out[i]!;
    if (typeof v.laNumber === "number" && before.dfe_la_number !== v.laNumber) out[i] = { ...before, ...withNumber(v) };
    const current = String(before.source_id);
    if (same(before.value, v.value)) {
      // The same figure in a later release: it is now the release the value comes from.
      if (current !== release.sourceId && olderThanFile(current)) out[i] = { ...out[i]!, source_id: release.sourceId, confidence: "read", ...successorNoteOf(before, v) };
      else if (current === release.sourceId) out[i] = { ...out[i]!, ...successorNoteOf(before, v) };
      changes.push({ kind: "same", value: v, before, noteToReview: null });
    } else if (olderThanFile(current)) {
      const wasPublished = !isBlank(before.value) && current !== release.sourceId;
      out[i] = {
        ...out[i]!,
        value: v.value,
        source_id: release.sourceId,
        confidence: "read",
        ...successorNoteOf(before, v),
        ...(wasPublished ? { revised_from: before.value!, revised_from_source: current } : {}),
      };
      const note = isBlank(before.note) ? null : formatCell(before.note!);
      changes.push({ kind: "replaced", value: v, before, noteToReview: note });
    } else {
      // The project holds a later release. Record this earlier value as the revision if
      // it is the latest earlier release seen for this row.
      const recorded = before.revised_from_source;
      const recordedYear = isBlank(recorded) ? null : yearOf(formatCell(recorded!));
      if (recordedYear === null || recordedYear <= release.reportingYear) {
        out[i] = { ...out[i]!, revised_from: v.value, revised_from_source: release.sourceId };
      }
      changes.push({ kind: "revision", value: v, before, noteToReview: null });
    }
  }
  return { rows: out, changes };
}

/** Counts for --check: how many values were compared, and how many differ (revisions excluded). */
export function tally(changes: readonly Change[]): { checked: number; differ: number } {
  return { checked: changes.length, differ: changes.filter((c) => c.kind === "added" || c.kind === "replaced").length };
}

const MEASURE_ORDER = ["looked_after_31_march", "started", "ceased"];
const UNIT_ORDER = ["number", "rate_per_10000"];

/**
 * One deterministic order for the looked-after file, whatever order releases were
 * imported in, so an import's diff shows only what changed: area code descending (the nation,
 * then regions, then local authorities), then measure, unit and year.
 */
export function sortRows(rows: readonly Row[]): Row[] {
  const rank = (r: Row) => [MEASURE_ORDER.indexOf(String(r.measure)), UNIT_ORDER.indexOf(String(r.unit)), r.year as number];
  return [...rows].sort((a, b) => {
    const area = String(b.area_code).localeCompare(String(a.area_code));
    if (area !== 0) return area;
    const x = rank(a);
    const y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
}
