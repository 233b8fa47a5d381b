/**
 * The council's rate of children looked after per 10,000 under-18s against the nation's
 * and the region's, with dated markers (the entry's) on the time axis. The title's claim
 * (below or above the nation, and since when) is computed from the data, so it stays true.
 */
import { lineChart } from "../drawing/line-chart.ts";
import { describeLines, relationRuns, type Relation } from "../describe.ts";
import type { ChartKind } from "../chart-definition.ts";
import type { RatePer10000Entry } from "../../schemas/chart-entry.ts";
import { ratePer10000Entry } from "../../schemas/chart-entry.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";
import { drawBoth, seriesParts, toPoints, toSeries, withNotes, yearRange, type AreaValues } from "../view-parts.ts";

/** The areas in drawing order: the council first, then the areas it is compared with. */
export interface RateData {
  areas: AreaValues[];
}

const RELATION: Record<Relation, string> = { above: "above", below: "below", level: "level with" };

const consecutive = (years: number[]) => years.at(-1)! - years[0]! + 1 === years.length;

/** "in every year from 2018", "in 2025": the years of a run, said so gaps inside it are not hidden. */
function runYears(years: number[], w: Ui["charts"]["runYears"]): string {
  const year = years[0]!;
  if (years.length === 1) return fillSlots(w.one, { year });
  return fillSlots(consecutive(years) ? w.from : w.comparedFrom, { year });
}

/**
 * "2018–2025", "2025": a run's first and last years, which claim nothing about the years
 * either side (a year with no figure to compare before it is not hidden by "since").
 */
function runSpan(years: number[], w: Ui["charts"]["runYears"]): string {
  const [from, to] = [years[0]!, years.at(-1)!];
  if (years.length === 1) return String(from);
  return fillSlots(consecutive(years) ? w.span : w.comparedSpan, { from, to });
}

export const ratePer10000: ChartKind<RatePer10000Entry, RateData> = {
  entry: ratePer10000Entry,
  binds: () => ["from", "to", "first.relation", "first.year", "first.until", "latest.relation", "latest.years", "latest.span"],
  build({ id, entry, text, data, sources, ui }) {
    const { from, to } = entry.years;
    const years = yearRange(from, to);
    const byArea = data.areas;
    const points = byArea.flatMap((a) => toPoints(a.name, a.values, years));
    const series = byArea.map((a) => toSeries(a.name, a.values, years, a.prose));
    const runs = relationRuns(series[0]!, series[1]!);
    const [first, latest] = [runs[0], runs.at(-1)];
    if (!first || !latest) throw new Error(`${id}: ${byArea[0]!.name} and ${byArea[1]!.name} have no year with figures for both, which the title compares`);
    const t = text({ from, to, "first.relation": RELATION[first.relation], "first.year": first.years[0]!, "first.until": first.years.at(-1)!, "latest.relation": RELATION[latest.relation], "latest.years": runYears(latest.years, ui.charts.runYears), "latest.span": runSpan(latest.years, ui.charts.runYears) });
    const markers = entry.markers.map((m, i) => ({ x: m.year + m.monthsAfter31March / 12, label: t.markers[i]!.label, shortLabel: t.markers[i]!.shortLabel }));
    const described = describeLines(series, t.measure, ui.charts, {
      // The gap note (seriesParts) already names every missing year, just below the description.
      gaps: false,
      details: t.details,
    });
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...described,
      svg: drawBoth(id, t.alt, (document, size, narrow) =>
        lineChart(points, { document, ...size, narrow, series: byArea, yLabel: t.axis.label, unit: t.axis.unit, markers }),
      ),
      ...withNotes(seriesParts(byArea, years, t.caption, sources, ui.charts), t.notes),
    };
  },
};

