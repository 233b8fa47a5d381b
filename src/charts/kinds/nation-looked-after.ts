/**
 * One area's children looked after at 31 March over the years shown, with two years ringed
 * and the change between them computed: a source claimed a rise between them (the entry's
 * `claimed`), and the chart sets our calculation beside it.
 */
import * as Plot from "@observablehq/plot";
import type { Ui } from "../../lib/content/ui.ts";
import { formatNumber, formatPercent, percentChange } from "../../format/number.ts";
import { lineChart, type LinePoint } from "../drawing/line-chart.ts";
import { describeLines } from "../describe.ts";
import type { ChartKind } from "../chart-definition.ts";
import { nationLookedAfterEntry, type NationLookedAfterEntry } from "../../schemas/chart-entry.ts";
import { cellText, drawBoth, legendOf, lookedAfterCsv, sourcesOf, toPoints, toSeries, yearRange, type AreaValues } from "../view-parts.ts";

/** "rounded it up to": how a claimed percentage stands to our calculation, in the words given (the wording's charts.rounding). */
const rounding = (ours: number, claimed: number, w: Ui["charts"]["rounding"]) => (ours < claimed ? w.up : ours > claimed ? w.down : w.same);

/** The nation's values and the claimed change (the figure the entry's `claimed` names). */
export interface NationLookedAfterData extends AreaValues {
  claimed: { value: number; sourceId: string };
}

export const nationLookedAfter: ChartKind<NationLookedAfterEntry, NationLookedAfterData> = {
  entry: nationLookedAfterEntry,
  binds: () => ["from", "to", "start", "end", "change", "start.value", "end.value", "start.first", "rounding"],
  build({ id, entry, text, data, sources, ui }) {
    const { from, to } = entry.years;
    const [START, END] = [entry.compare.from, entry.compare.to];
    const { name, values } = data;
    const years = yearRange(from, to);
    const points = toPoints(name, values, years);
    const at = (y: number) => {
      const v = points.find((d) => d.year === y)?.value;
      if (typeof v !== "number") throw new Error(`${id}: ${name} has no number for ${y}, which the chart compares`);
      return v;
    };
    const change = percentChange(at(START), at(END));
    const claimed = data.claimed.value;
    const t = text({
      from,
      to,
      start: START,
      end: END,
      change: formatPercent(change),
      "start.value": formatNumber(at(START)),
      "end.value": formatNumber(at(END)),
      "start.first": formatNumber(values.find((v) => v.year === START)?.revisedFrom ?? at(START)),
      rounding: rounding(change, claimed, ui.charts.rounding),
    });
    const pair = points.filter((d) => d.year === START || d.year === END) as (LinePoint & { value: number })[];
    const annotations = (narrow: boolean) => [
      Plot.dot(pair, { x: "year", y: "value", r: narrow ? 6 : 7, stroke: "currentColor", strokeWidth: 1.5, fill: "none" }),
      // Below each ringed point, running right: centred, the first would reach the y axis' figures.
      // Narrow, the years are too close for two figures side by side: the later one starts past
      // its ring, clear of the first figure, and below the line, which rises on from it.
      ...[pair.filter((d) => !narrow || d.year !== END), pair.filter((d) => narrow && d.year === END)].map((data, later) =>
        Plot.text(data, { x: "year", y: "value", text: (d: LinePoint) => formatNumber(d.value!), dy: 16, dx: later ? 9 : -6, textAnchor: "start", fill: "currentColor" }),
      ),
      // Below the line, where nothing else is drawn.
      Plot.text([{ x: START, y: at(START) * 0.62 }], {
        x: "x",
        y: "y",
        text: () => (narrow ? t.annotation.narrow : t.annotation.wide),
        textAnchor: "start",
        lineAnchor: "top",
        fill: "currentColor",
        fontWeight: "bold",
      }),
    ];
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...describeLines([toSeries(name, values, years)], t.measure, ui.charts, { finding: t.finding, details: t.details }),
      svg: drawBoth(id, t.alt, (document, size, narrow) =>
        lineChart(points, { document, ...size, narrow, series: [name], yLabel: t.axis.label, unit: t.axis.unit, marginLeft: 64, annotations: annotations(narrow) }),
      ),
      legend: legendOf([name]),
      table: {
        caption: t.caption,
        columns: ["Year", t.columns.value, t.columns.release],
        rows: years.map((y) => {
          const sourceId = values.find((v) => v.year === y)?.sourceId;
          return [String(y), cellText(values, y, sources, ui.charts), sourceId ? sources.source(sourceId).release : ""];
        }),
      },
      csv: lookedAfterCsv([{ name, values }], sources),
      sources: sourcesOf([...values.map((v) => v.sourceId), data.claimed.sourceId], sources),
      notes: t.notes,
    };
  },
};
