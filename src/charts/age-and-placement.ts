/**
 * Worcestershire's children looked after at 31 March by age band and by placement,
 * 2011–2017: the 10–15 band grew faster than the whole.
 */
import { agePlacement, source, type AgePlacementCategory, type AgePlacementValue } from "../lib/data/index.ts";
import { formatNumber, percentChange } from "../lib/format/number.ts";
import { formatValue, NOT_IN_DATASET, valueStatus } from "../lib/format/missing.ts";
import { lineChart, type LinePoint } from "./line-chart.ts";
import { finish, peaksItem, gapsItem, type Description, type Series } from "./describe.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, sourcesOf, toSeries, yearRange } from "./view-parts.ts";
import type { LegendItem } from "./types.ts";

const ID = "age-and-placement";
const FROM = 2011;
const TO = 2017;
export const CATEGORIES: { category: AgePlacementCategory; name: string; label: string; shortLabel: string; column: string; prose: string }[] = [
  { category: "total", name: "All ages", label: "All ages", shortLabel: "All", column: "All children", prose: "all children" },
  { category: "foster", name: "Foster placements", label: "Fostered", shortLabel: "Foster", column: "In foster placements", prose: "children in foster placements" },
  { category: "aged_10_to_15", name: "Aged 10–15", label: "Aged 10–15", shortLabel: "10–15", column: "Aged 10–15", prose: "children aged 10 to 15" },
  { category: "aged_16_and_over", name: "Aged 16 and over", label: "Aged 16+", shortLabel: "16+", column: "Aged 16 and over", prose: "children aged 16 and over" },
  {
    category: "secure_homes_semi_independent",
    name: "Secure units, children's homes and semi-independent living",
    label: "Homes etc.",
    shortLabel: "Homes",
    column: "In secure units, children's homes or semi-independent living",
    prose: "children in secure units, children's homes or semi-independent living",
  },
];

/** A series' first and last figures and the change between them, our calculation. */
function change(s: Series) {
  const pts = s.readings.filter((r): r is { year: number; value: number } => r.value !== null).sort((a, b) => a.year - b.year);
  if (pts.length < 2) return null;
  const [first, last] = [pts[0]!, pts.at(-1)!];
  return { label: s.label ?? s.name, first, last, pct: percentChange(first.value, last.value) };
}

const moved = (pct: number) => (pct > 0 ? `rose by ${formatNumber(pct)}%` : pct < 0 ? `fell by ${formatNumber(-pct)}%` : "was unchanged");

/**
 * The band the council spoke of against all children, then the group that changed most,
 * then the rest as a list. The breakdowns overlap, so no series is compared with another.
 */
export function describeAgeAndPlacement(all: Series, band: Series, rest: Series[]): Description {
  const [a, b] = [change(all), change(band)];
  if (!a || !b) return finish([`There are not enough years with figures to say how ${band.label ?? band.name} changed against ${all.label ?? all.name}.`], [gapsItem([all, band, ...rest])]);
  const others = rest.map(change).filter((c): c is NonNullable<typeof c> => c !== null).sort((x, y) => Math.abs(y.pct) - Math.abs(x.pct));
  const top = others[0];
  const lead = [
    `The number of ${b.label} looked after by Worcestershire at 31 March ${b.pct > 0 ? "rose" : b.pct < 0 ? "fell" : "went"} from ${formatNumber(b.first.value)} in ${b.first.year} to ${formatNumber(b.last.value)} in ${b.last.year}, ${b.pct === 0 ? "no change" : `${b.pct > 0 ? "up" : "down"} ${formatNumber(Math.abs(b.pct))}%`} by our calculation.`,
    `For ${a.label} the number ${moved(a.pct)} over the same years, from ${formatNumber(a.first.value)} to ${formatNumber(a.last.value)} (our calculation).`,
    top && Math.abs(top.pct) > Math.max(Math.abs(a.pct), Math.abs(b.pct))
      ? `The largest change of any group shown was among ${top.label}: from ${formatNumber(top.first.value)} to ${formatNumber(top.last.value)}, ${top.pct > 0 ? "a rise" : "a fall"} of ${formatNumber(Math.abs(top.pct))}% (our calculation).`
      : null,
  ].filter((x): x is string => x !== null);
  const rem = lead.length === 3 ? others.slice(1) : others;
  const restItem = rem.length
    ? `Over the same years, by our calculation: ${rem.map((c) => (c.pct === 0 ? `${c.label} were ${formatNumber(c.first.value)} at both ends` : `${c.label} ${c.pct > 0 ? "rose" : "fell"} ${formatNumber(Math.abs(c.pct))}%, from ${formatNumber(c.first.value)} to ${formatNumber(c.last.value)}`)).join("; ")}.`
    : null;
  return finish(lead, [
    restItem,
    peaksItem([all, band, ...rest]),
    gapsItem([all, band, ...rest]),
    `Age bands and placements are two different breakdowns of the same children, so they overlap and are not parts of one total; "Homes etc." on the chart means secure units, children's homes and semi-independent living together, as DfE published them.`,
  ]);
}

export const ageAndPlacement: ChartDefinition = {
  id: ID,
  build() {
    const rows = agePlacement().filter((r) => r.year >= FROM && r.year <= TO);
    const years = yearRange(FROM, TO);
    const find = (c: AgePlacementCategory, y: number): AgePlacementValue | undefined => rows.find((r) => r.category === c && r.year === y);
    const data: LinePoint[] = CATEGORIES.flatMap((c) =>
      years.map((year) => {
        const v = find(c.category, year)?.value;
        return { series: c.name, year, value: typeof v === "number" ? v : null };
      }),
    );
    const num = (c: AgePlacementCategory, y: number) => {
      const v = find(c, y)?.value;
      if (typeof v !== "number") throw new Error(`${ID}: no ${c} value for ${y}, which the title compares`);
      return v;
    };
    const band = percentChange(num("aged_10_to_15", FROM), num("aged_10_to_15", TO));
    const all = percentChange(num("total", FROM), num("total", TO));
    const seriesOf = (category: AgePlacementCategory) => {
      const c = CATEGORIES.find((x) => x.category === category)!;
      return toSeries(c.name, rows.filter((r) => r.category === category), years, c.prose);
    };
    const alt = `Line chart of children looked after by Worcestershire at 31 March by age band and placement, ${FROM} to ${TO}`;
    const legend: LegendItem[] = CATEGORIES.map((c, colour) => ({ series: c.name, label: c.label, colour }));
    return {
      id: ID,
      // The title gives the same one-decimal figures as the text, so the two never disagree (29.8%, not 30%).
      title: `Worcestershire's children in care aged 10–15 rose by ${formatNumber(band)}% from ${FROM} to ${TO}, against ${formatNumber(all)}% for all ages (our calculation)`,
      subtitle: `Children looked after by Worcestershire at 31 March, number, by age band and by placement, ${FROM}–${TO}`,
      alt,
      ...describeAgeAndPlacement(seriesOf("total"), seriesOf("aged_10_to_15"), CATEGORIES.filter((c) => c.category !== "total" && c.category !== "aged_10_to_15").map((c) => seriesOf(c.category))),
      svg: drawBoth(ID, alt, (document, size, narrow) => lineChart(data, { document, ...size, narrow, series: CATEGORIES, yLabel: "Children looked after", unit: "children" })),
      legend,
      table: {
        caption: `Children looked after by Worcestershire at 31 March, by age band and placement, ${FROM}–${TO}`,
        columns: ["Year", ...CATEGORIES.map((c) => c.column)],
        rows: years.map((y) => [String(y), ...CATEGORIES.map((c) => {
          const r = find(c.category, y);
          return r ? formatValue(r.value) : NOT_IN_DATASET;
        })]),
      },
      csv: {
        columns: ["series", "area_code", "year", "breakdown", "category", "value", "status", "confidence", "source_id", "source_release"],
        rows: CATEGORIES.flatMap((c) =>
          rows.filter((r) => r.category === c.category).map((r) => [c.name, r.areaCode, r.year, r.breakdown, r.category, typeof r.value === "number" ? r.value : null, valueStatus(r.value), r.confidence, r.sourceId, source(r.sourceId).release]),
        ),
      },
      sources: sourcesOf(rows.map((r) => r.sourceId)),
      notes: ["DfE publishes the 10–15 age band; the council's minutes spoke of a rise among 11–16 year olds, which no published table gives."],
    };
  },
};
