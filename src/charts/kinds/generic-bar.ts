/**
 * Kind `bar`: one bar per row of a table the site declares in its own
 * data/datapackage.json, named by one column and as long as the number in another, in the
 * table's order. The entry names the resource and columns; the description's words are
 * the engine's defaults (ui.defaults.yaml, charts.bar), which a site's ui.yaml may change.
 * A blank value has no bar, never a zero one.
 */
import { barChart, type BarSegment } from "../drawing/bar-chart.ts";
import { finish, joinAnd, withDetails } from "../describe.ts";
import { formatNumber } from "../../format/number.ts";
import { formatValue, valueStatus, type MissingWords } from "../../format/missing.ts";
import { Missing } from "../../format/table-schema.ts";
import { fillSlots } from "../../format/slots.ts";
import type { ChartKind } from "../chart-definition.ts";
import { barEntry, type BarEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, sourcesOf } from "../view-parts.ts";
import { csvFieldOf, fieldOf, tableProblems, type SiteTable } from "../site-table.ts";
import type { Ui } from "../../lib/content/ui.ts";

/** The entry's table and the words the description is written in, as the registry hands them over. */
export interface BarData {
  table: SiteTable;
  words: Ui["charts"]["bar"];
  /** The words a table cell reads for a value the data does not hold. */
  missing: MissingWords;
}

interface Bar {
  category: string;
  value: number | Missing;
  sourceId: string;
}

/** The bars of `entry`, in the table's order; a category may be in the table once. */
function barsOf(entry: BarEntry, table: SiteTable): Bar[] {
  const { category, value, source } = entry.data;
  const seen = new Map<string, number>();
  return table.rows.map(({ line, row }) => {
    const name = row[category];
    if (typeof name !== "string") throw new Error(`${table.file}:${line}: ${category}: blank, so the bar has no name`);
    if (seen.has(name)) throw new Error(`${table.file}:${line}: ${category}: "${name}" is also on line ${seen.get(name)}; a bar chart has one bar per ${category}`);
    seen.set(name, line);
    const v = row[value];
    return { category: name, value: typeof v === "number" ? v : v instanceof Missing ? v : new Missing(""), sourceId: String(row[source]) };
  });
}

type Known = Bar & { value: number };
const isKnown = (b: Bar): b is Known => typeof b.value === "number";

/** The highest and lowest bars (every one sharing the value), and the categories with none. */
export function describeBars(bars: Bar[], words: BarData["words"]): { description: string; details: string[] } {
  const known = bars.filter(isKnown);
  const none = bars.filter((b) => !isKnown(b)).map((b) => b.category);
  const noneItem = none.length ? fillSlots(words.noValue, { categories: joinAnd(none) }) : null;
  if (known.length === 0) return finish([fillSlots(words.noValues, {})], []);
  if (known.length === 1) return finish([fillSlots(words.onlyOne, { category: known[0]!.category, value: formatNumber(known[0]!.value) })], [noneItem]);
  const values = known.map((b) => b.value);
  const at = (v: number) => joinAnd(known.filter((b) => b.value === v).map((b) => b.category));
  const [max, min] = [Math.max(...values), Math.min(...values)];
  if (max === min) return finish([fillSlots(words.allSame, { value: formatNumber(max) })], [noneItem]);
  return finish([fillSlots(words.highest, { category: at(max), value: formatNumber(max) }), fillSlots(words.lowest, { category: at(min), value: formatNumber(min) })], [noneItem]);
}

export const genericBar: ChartKind<BarEntry, BarData> = {
  entry: barEntry,
  binds: () => ["highest", "highest.value", "lowest", "lowest.value"],
  problems: (e, tables) =>
    tableProblems(tables, e.data.resource, [
      { field: "data.category", column: e.data.category, types: ["string"] },
      { field: "data.value", column: e.data.value, types: ["integer", "number"] },
      { field: "data.source", column: e.data.source, types: ["string"] },
    ]),
  build({ id, entry, text, data, sources }) {
    const bars = barsOf(entry, data.table);
    const known = bars.filter(isKnown);
    if (known.length === 0) throw new Error(`${id}: ${data.table.file} has no value of ${entry.data.value}, so the chart has nothing to draw`);
    const top = known.reduce((a, b) => (b.value > a.value ? b : a));
    const bottom = known.reduce((a, b) => (b.value < a.value ? b : a));
    const t = text({ highest: top.category, "highest.value": formatNumber(top.value), lowest: bottom.category, "lowest.value": formatNumber(bottom.value) });
    const series = t.series;
    const segments: BarSegment[] = known.map((b) => ({
      row: b.category,
      series,
      x1: 0,
      x2: b.value,
      label: formatNumber(b.value),
      tip: `${b.category}: ${formatNumber(b.value)}${t.unit ? ` ${t.unit}` : ""}`,
    }));
    const rows = bars.map((b) => b.category);
    const { category } = entry.data;
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeBars(bars, data.words), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) => barChart(segments, { document, ...size, height: 0, narrow, series: [series], rows, xLabel: t.xLabel, tickFormat: formatNumber })),
      legend: [{ series, label: series, colour: 0, swatch: "block" }],
      table: { caption: t.caption, columns: [t.categoryHeading, series], rows: bars.map((b) => [b.category, formatValue(b.value, data.missing)]) },
      csv: {
        columns: ["series", category, "value", "status", "source_id", "source_release"],
        rows: bars.map((b) => [series, b.category, typeof b.value === "number" ? b.value : null, valueStatus(b.value), b.sourceId, sources.source(b.sourceId).release]),
        fields: { [category]: csvFieldOf(fieldOf(data.table, category)) },
      },
      sources: sourcesOf(bars.map((b) => b.sourceId), sources),
      notes: t.notes,
    };
  },
};
