/**
 * A council's children looked after at 31 March by age band and by placement: the title
 * sets one band's change (the entry's `band`) against all children's, computed from the data.
 */
import type { AgePlacementCategory, AgePlacementValue } from "../../lib/data/index.ts";
import { formatNumber, formatPercent, percentChange } from "../../format/number.ts";
import { formatValue, valueStatus } from "../../format/missing.ts";
import { lineChart, type LinePoint } from "../drawing/line-chart.ts";
import { finish, peaksItem, gapsItem, withDetails, type Description, type DescribeWords, type Series } from "../describe.ts";
import type { ChartKind } from "../chart-definition.ts";
import { ageAndPlacementEntry, type AgeAndPlacementEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, sourcesOf, toSeries, yearRange } from "../view-parts.ts";
import type { LegendItem } from "../types.ts";
import { valueProblems } from "../site-table.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";

/** The age-and-placement chart's words (the wording's charts.ageAndPlacement). */
export type AgeAndPlacementWords = Ui["charts"]["ageAndPlacement"];

/** The council's name and its values for the entry's years. */
export interface AgeAndPlacementData {
  area: string;
  rows: AgePlacementValue[];
}

/** A series' first and last figures and the change between them, our calculation. */
function change(s: Series) {
  const pts = s.readings.filter((r): r is { year: number; value: number } => r.value !== null).sort((a, b) => a.year - b.year);
  if (pts.length < 2) return null;
  const [first, last] = [pts[0]!, pts.at(-1)!];
  return { label: s.label ?? s.name, first, last, pct: percentChange(first.value, last.value) };
}

const moved = (pct: number, w: AgeAndPlacementWords) => fillSlots(pct > 0 ? w.movedUp : pct < 0 ? w.movedDown : w.unchanged, { pct: formatPercent(Math.abs(pct)) });

/**
 * The band the council spoke of against all children, then the group that changed most,
 * then the rest as a list. The breakdowns overlap, so no series is compared with another.
 * `area` names the council whose children they are.
 */
export function describeAgeAndPlacement(all: Series, band: Series, rest: Series[], area: string, w: AgeAndPlacementWords, dw: DescribeWords): Description {
  const [a, b] = [change(all), change(band)];
  if (!a || !b) return finish([fillSlots(w.tooFew, { band: band.label ?? band.name, all: all.label ?? all.name })], [gapsItem([all, band, ...rest], dw)]);
  const others = rest.map(change).filter((c): c is NonNullable<typeof c> => c !== null).sort((x, y) => Math.abs(y.pct) - Math.abs(x.pct));
  const top = others[0];
  // A change's figures: first and last values, their years, and the change in per cent without its sign.
  const figures = (c: NonNullable<ReturnType<typeof change>>) => ({
    label: c.label,
    first: formatNumber(c.first.value),
    firstYear: c.first.year,
    last: formatNumber(c.last.value),
    lastYear: c.last.year,
    pct: formatPercent(Math.abs(c.pct)),
  });
  const byDirection = (pct: number, up: string, down: string, same: string) => (pct > 0 ? up : pct < 0 ? down : same);
  const lead = [
    fillSlots(byDirection(b.pct, w.bandUp, w.bandDown, w.bandSame), { ...figures(b), area }),
    fillSlots(w.all, { ...figures(a), moved: moved(a.pct, w) }),
    top && Math.abs(top.pct) > Math.max(Math.abs(a.pct), Math.abs(b.pct)) ? fillSlots(top.pct > 0 ? w.largestUp : w.largestDown, figures(top)) : null,
  ].filter((x): x is string => x !== null);
  const rem = lead.length === 3 ? others.slice(1) : others;
  const restItem = rem.length ? fillSlots(w.rest, { groups: rem.map((c) => fillSlots(byDirection(c.pct, w.groupUp, w.groupDown, w.groupSame), figures(c))).join("; ") }) : null;
  return finish(lead, [
    restItem,
    peaksItem([all, band, ...rest], dw),
    gapsItem([all, band, ...rest], dw),
  ]);
}

export const ageAndPlacement: ChartKind<AgeAndPlacementEntry, AgeAndPlacementData> = {
  entry: ageAndPlacementEntry,
  // The categories are the data package's: each the entry names must be one it lists.
  problems: (e, tables) =>
    valueProblems(tables, "age-placement", [
      ...e.series.map((s, i) => ({ field: `series.${i}.category`, column: "category", value: s.category })),
      { field: "band", column: "category", value: e.band },
      { field: "all", column: "category", value: e.all },
    ]),
  binds: () => ["from", "to", "band.change", "band.moved", "all.change", "all.moved"],
  build({ id, entry, text, data, sources, ui }) {
    const { from, to } = entry.years;
    const { rows } = data;
    const years = yearRange(from, to);
    const find = (c: AgePlacementCategory, y: number): AgePlacementValue | undefined => rows.find((r) => r.category === c && r.year === y);
    const num = (c: AgePlacementCategory, y: number) => {
      const v = find(c, y)?.value;
      if (typeof v !== "number") throw new Error(`${id}: no ${c} value for ${y}, which the title compares`);
      return v;
    };
    const band = percentChange(num(entry.band, from), num(entry.band, to));
    const all = percentChange(num(entry.all, from), num(entry.all, to));
    // The title gives the same one-decimal figures as the text, so the two never disagree (39.0% and 29.8%, not 39% and 30%).
    const w = ui.charts.ageAndPlacement;
    const t = text({ from, to, "band.change": formatPercent(band), "band.moved": moved(band, w), "all.change": formatPercent(all), "all.moved": moved(all, w) });
    const categories = t.series;
    const points: LinePoint[] = categories.flatMap((c) =>
      years.map((year) => {
        const v = find(c.category, year)?.value;
        return { series: c.name, year, value: typeof v === "number" ? v : null };
      }),
    );
    const seriesOf = (category: AgePlacementCategory) => {
      const c = categories.find((x) => x.category === category)!;
      return toSeries(c.name, rows.filter((r) => r.category === category), years, c.prose);
    };
    const legend: LegendItem[] = categories.map((c, colour) => ({ series: c.name, label: c.label, colour }));
    const others = categories.filter((c) => c.category !== entry.all && c.category !== entry.band).map((c) => seriesOf(c.category));
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeAgeAndPlacement(seriesOf(entry.all), seriesOf(entry.band), others, data.area, w, ui.charts), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) => lineChart(points, { document, ...size, narrow, series: categories, yLabel: t.axis.label, unit: t.axis.unit })),
      legend,
      table: {
        caption: t.caption,
        columns: ["Year", ...categories.map((c) => c.column)],
        rows: years.map((y) => [String(y), ...categories.map((c) => {
          const r = find(c.category, y);
          return formatValue(r?.value, ui.charts);
        })]),
      },
      csv: {
        columns: ["series", "area_code", "year", "breakdown", "category", "value", "status", "confidence", "source_id", "source_release"],
        rows: categories.flatMap((c) =>
          rows.filter((r) => r.category === c.category).map((r) => [c.name, r.areaCode, r.year, r.breakdown, r.category, typeof r.value === "number" ? r.value : null, valueStatus(r.value), r.confidence, r.sourceId, sources.source(r.sourceId).release]),
        ),
      },
      sources: sourcesOf(rows.map((r) => r.sourceId), sources),
      notes: t.notes,
    };
  },
};
