/**
 * What changed between two versions of a chart, from their CSV rows: which values were
 * revised (old → new), and which years were added or dropped. A row is matched by every
 * column that says what the value is (series, area, year, measure...), not by those that
 * say where it came from or what it is (value, status, source, release, revision), and
 * regardless of typography (sameRow).
 */
import type { ChartCsv } from "../charts/types.ts";

/** Columns that describe a value rather than identify it. */
const NOT_KEY = new Set(["value", "status", "dfe_code", "confidence", "source_id", "source_release", "source_says", "revised_from", "revised_from_release", "note", "low_gbp", "high_gbp", "homes"]);
/** Columns holding the value itself. */
const VALUE = ["value", "low_gbp", "high_gbp", "homes"];

export interface ValueChange {
  /** The row's identifying cells, joined: "<area name>, 2024, rate_per_10000". */
  what: string;
  from: string;
  to: string;
}

export interface VersionDiff {
  revised: ValueChange[];
  /** Years with a row in the new version and none in the old. */
  addedYears: number[];
  removedYears: number[];
  /** Rows new or gone in years both versions have. */
  addedRows: number;
  removedRows: number;
}

const cellText = (c: string | number | null | undefined) => (c === null || c === undefined ? "" : String(c));

/**
 * A row's identity with its typography folded: curly quotes and apostrophes as straight
 * ones, dashes as hyphens, runs of spaces as one. A label retyped ("Children's homes" to
 * "Children’s homes") names the same row, so it is not a row dropped and another added.
 */
const sameRow = (what: string) =>
  what
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ");

/** The changes from `old` to `now`. */
export function diffCsv(old: ChartCsv, now: ChartCsv): VersionDiff {
  const index = (csv: ChartCsv) => {
    const keys = csv.columns.map((c, i) => [c, i] as const).filter(([c]) => !NOT_KEY.has(c));
    const values = csv.columns.map((c, i) => [c, i] as const).filter(([c]) => VALUE.includes(c));
    const year = csv.columns.indexOf("year");
    const rows = new Map<string, { what: string; value: string; year: number | null }>();
    for (const r of csv.rows) {
      const what = keys.map(([, i]) => cellText(r[i])).filter(Boolean).join(", ");
      rows.set(sameRow(what), { what, value: values.map(([, i]) => cellText(r[i])).join("–"), year: year >= 0 ? Number(r[year]) : null });
    }
    return rows;
  };
  const a = index(old);
  const b = index(now);
  const yearsOf = (m: typeof a) => new Set([...m.values()].map((r) => r.year).filter((y): y is number => y !== null));
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  const revised: ValueChange[] = [];
  let addedRows = 0;
  let removedRows = 0;
  for (const [k, r] of b) {
    const before = a.get(k);
    if (before) {
      if (before.value !== r.value) revised.push({ what: r.what, from: before.value || "none", to: r.value || "none" });
    } else if (r.year === null || ya.has(r.year)) addedRows++;
  }
  for (const [k, r] of a) if (!b.has(k) && (r.year === null || yb.has(r.year))) removedRows++;
  return {
    revised,
    addedYears: [...yb].filter((y) => !ya.has(y)).sort((x, y) => x - y),
    removedYears: [...ya].filter((y) => !yb.has(y)).sort((x, y) => x - y),
    addedRows,
    removedRows,
  };
}
