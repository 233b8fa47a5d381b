/**
 * Kind `line`: one line per numeric column of a table the site declares in its own
 * data/datapackage.json, over the whole-number values (years, or other periods) of one
 * column. The entry names the resource and columns; the engine knows nothing of the data
 * but its Table Schema. A blank value is a gap in its line, never a zero.
 */
import { lineChart, type LinePoint } from "../drawing/line-chart.ts";
import { describeLines, withDetails, type Series } from "../describe.ts";
import { formatValue, valueStatus } from "../../format/missing.ts";
import { formatNumber } from "../../format/number.ts";
import { Missing } from "../../format/table-schema.ts";
import type { ChartKind } from "../chart-definition.ts";
import { lineEntry, type LineEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, legendOf, sourcesOf, yearRange } from "../view-parts.ts";
import { csvFieldOf, fieldOf, tableProblems, type SiteTable } from "../site-table.ts";

/** The entry's table, as the registry hands it over. */
export interface LineData {
  table: SiteTable;
}

/** One series' values by x, with the release each comes from. */
interface SeriesValues {
  name: string;
  column: string;
  byX: Map<number, { value: number | Missing; sourceId: string }>;
}

/** The series of `entry`, read from `table`; each x once per series. */
function seriesOf(entry: LineEntry, table: SiteTable): SeriesValues[] {
  const { x, source } = entry.data;
  return entry.data.series.map((s) => {
    const byX = new Map<number, { value: number | Missing; sourceId: string }>();
    for (const { line, row } of table.rows) {
      const at = row[x];
      if (typeof at !== "number") continue;
      if (byX.has(at)) throw new Error(`${table.file}:${line}: ${x}: ${at} is in the table twice, so the line of ${s.column} has two values there`);
      const v = row[s.column];
      byX.set(at, { value: typeof v === "number" ? v : v instanceof Missing ? v : new Missing(""), sourceId: String(row[source]) });
    }
    return { name: s.name, column: s.column, byX };
  });
}

/** The x values the chart spans: every whole number from the first to the last in the table. */
function span(series: SeriesValues[]): number[] {
  const xs = series.flatMap((s) => [...s.byX.keys()]);
  if (xs.length === 0) return [];
  return yearRange(Math.min(...xs), Math.max(...xs));
}

/** A series as the description generator reads it; `label` names it in sentences. */
const toReadings = (s: SeriesValues, xs: number[], label: string | undefined): Series => ({
  name: s.name,
  ...(label ? { label } : {}),
  readings: xs.map((year) => {
    const v = s.byX.get(year)?.value;
    return typeof v === "number" ? { year, value: v } : { year, value: null, ...(v instanceof Missing && v.code ? { code: v.code } : {}) };
  }),
});

/** The first and last value of a series, over the years it has one. */
function ends(s: SeriesValues): { first: number | undefined; last: number | undefined } {
  const known = [...s.byX].filter(([, v]) => typeof v.value === "number").sort((a, b) => a[0] - b[0]);
  return { first: known[0]?.[1].value as number | undefined, last: known.at(-1)?.[1].value as number | undefined };
}

export const genericLine: ChartKind<LineEntry, LineData> = {
  entry: lineEntry,
  binds: (e) => ["from", "to", ...e.data.series.flatMap((s) => [`${s.column}.first`, `${s.column}.last`])],
  problems: (e, tables) =>
    tableProblems(tables, e.data.resource, [
      { field: "data.x", column: e.data.x, types: ["integer"] },
      { field: "data.source", column: e.data.source, types: ["string"] },
      ...e.data.series.map((s, i) => ({ field: `data.series.${i}.column`, column: s.column, types: ["integer", "number"] as const })),
    ]),
  build({ id, entry, text, data, sources, ui }) {
    const series = seriesOf(entry, data.table);
    const xs = span(series);
    if (xs.length === 0) throw new Error(`${id}: ${data.table.file} has no row with a value of ${entry.data.x}, so the chart has nothing to draw`);
    const values: Record<string, string | number> = { from: xs[0]!, to: xs.at(-1)! };
    for (const s of series) {
      const { first, last } = ends(s);
      if (first !== undefined) values[`${s.column}.first`] = formatNumber(first);
      if (last !== undefined) values[`${s.column}.last`] = formatNumber(last);
    }
    const t = text(values);
    const names = series.map((s) => s.name);
    const points: LinePoint[] = series.flatMap((s) =>
      xs.map((year) => {
        const v = s.byX.get(year)?.value;
        return { series: s.name, year, value: typeof v === "number" ? v : null };
      }),
    );
    const lines = entry.data.series.map((s) => ({ name: s.name, ...(s.shortLabel ? { shortLabel: s.shortLabel } : {}) }));
    const x = entry.data.x;
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeLines(
        series.map((s, i) => toReadings(s, xs, t.data.series[i]!.prose)),
        t.measure,
        ui.charts,
        entry.compare === undefined ? {} : { compare: entry.compare },
      ), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) => lineChart(points, { document, ...size, narrow, series: lines, yLabel: t.axis.label, unit: t.axis.unit })),
      legend: legendOf(names),
      table: {
        caption: t.caption,
        columns: [t.xHeading, ...names],
        rows: xs.map((y) => [String(y), ...series.map((s) => formatValue(s.byX.get(y)?.value, ui.charts))]),
      },
      csv: {
        columns: ["series", x, "value", "status", "source_id", "source_release"],
        rows: series.flatMap((s) =>
          [...s.byX]
            .sort((a, b) => a[0] - b[0])
            .map(([at, v]) => [s.name, at, typeof v.value === "number" ? v.value : null, valueStatus(v.value), v.sourceId, sources.source(v.sourceId).release]),
        ),
        fields: { [x]: csvFieldOf(fieldOf(data.table, x)) },
      },
      sources: sourcesOf(series.flatMap((s) => [...s.byX.values()].map((v) => v.sourceId)), sources),
      notes: t.notes,
    };
  },
};
