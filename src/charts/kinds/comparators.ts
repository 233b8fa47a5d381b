/**
 * The councils whose approach the council cited, against the council: children looked
 * after per 10,000 under-18s. The title gives how one of them (the entry's `titleArea`)
 * and the council changed over the years shown, computed from the data.
 */
import { formatNumber } from "../../format/number.ts";
import { lineChart, type LinePoint } from "../drawing/line-chart.ts";
import { describeLines } from "../describe.ts";
import type { ChartKind } from "../chart-definition.ts";
import { comparatorsEntry, type ComparatorsEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, seriesParts, toPoints, toSeries, withNotes, yearRange, type AreaValues } from "../view-parts.ts";

/** The council first, then the councils compared with it. */
export interface ComparatorsData {
  areas: AreaValues[];
}

const verb = (a: number, b: number) => (b > a ? "rose" : b < a ? "fell" : "was unchanged");

export const comparators: ChartKind<ComparatorsEntry, ComparatorsData> = {
  entry: comparatorsEntry,
  binds: () => ["from", "to", ...["council", "area"].flatMap((k) => [k, `${k}.verb`, `${k}.first`, `${k}.last`, `${k}.firstYear`, `${k}.lastYear`])],
  build({ id, entry, text, data, sources, ui }) {
    const { from, to } = entry.years;
    const byArea = data.areas;
    const years = yearRange(from, to);
    const points = byArea.flatMap((a) => toPoints(a.name, a.values, years));
    const compared = byArea.find((a) => a.key === entry.titleArea);
    if (!compared) throw new Error(`${id}: titleArea "${entry.titleArea}" is not one of the areas drawn (${byArea.map((a) => a.key).join(", ")})`);
    const ends = (role: string, name: string): Record<string, string | number> => {
      const pts = points.filter((d): d is LinePoint & { value: number } => d.series === name && d.value !== null);
      if (pts.length === 0) throw new Error(`${id}: ${name} has no value from ${from} to ${to}, which the title gives`);
      const [first, last] = [pts[0]!, pts.at(-1)!];
      return { [role]: name, [`${role}.verb`]: verb(first.value, last.value), [`${role}.first`]: formatNumber(first.value), [`${role}.last`]: formatNumber(last.value), [`${role}.firstYear`]: first.year, [`${role}.lastYear`]: last.year };
    };
    const t = text({ from, to, ...ends("council", byArea[0]!.name), ...ends("area", compared.name) });
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      // The gap note (seriesParts) already names every missing year, just below the description.
      ...describeLines(byArea.map((a) => toSeries(a.name, a.values, years)), t.measure, ui.charts, { gaps: false, details: t.details }),
      svg: drawBoth(id, t.alt, (document, size, narrow) => lineChart(points, { document, ...size, narrow, series: byArea, yLabel: t.axis.label, unit: t.axis.unit })),
      ...withNotes(seriesParts(byArea, years, t.caption, sources, ui.charts), t.notes),
    };
  },
};
