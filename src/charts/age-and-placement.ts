/**
 * Worcestershire's children looked after at 31 March by age band and by placement,
 * 2011–2017: the 10–15 band grew faster than the whole.
 */
import { agePlacement, source, type AgePlacementCategory, type AgePlacementValue } from "../lib/data/index.ts";
import { formatNumber, formatValue } from "../lib/format/number.ts";
import { lineChart, type LinePoint } from "./line-chart.ts";
import { describeLines } from "./describe.ts";
import { percentChange } from "./change.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, NOT_IN_DATA, sourcesOf, yearRange } from "./view-parts.ts";
import type { LegendItem } from "./types.ts";

const ID = "age-and-placement";
const FROM = 2011;
const TO = 2017;
const CATEGORIES: { category: AgePlacementCategory; name: string; label: string; shortLabel: string; column: string }[] = [
  { category: "total", name: "All ages", label: "All ages", shortLabel: "All", column: "All children" },
  { category: "foster", name: "Foster placements", label: "Fostered", shortLabel: "Foster", column: "In foster placements" },
  { category: "aged_10_to_15", name: "Aged 10–15", label: "Aged 10–15", shortLabel: "10–15", column: "Aged 10–15" },
  { category: "aged_16_and_over", name: "Aged 16 and over", label: "Aged 16+", shortLabel: "16+", column: "Aged 16 and over" },
  {
    category: "secure_homes_semi_independent",
    name: "Secure units, children's homes and semi-independent living",
    label: "Homes etc.",
    shortLabel: "Homes",
    column: "In secure units, children's homes or semi-independent living",
  },
];

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
    const names = CATEGORIES.map((c) => c.name);
    const alt = `Line chart of children looked after by Worcestershire at 31 March by age band and placement, ${FROM} to ${TO}`;
    const legend: LegendItem[] = CATEGORIES.map((c, colour) => ({ series: c.name, label: c.label, colour }));
    return {
      id: ID,
      // The title gives the same one-decimal figures as the text, so the two never disagree (29.8%, not 30%).
      title: `Worcestershire's children in care aged 10–15 rose by ${formatNumber(band)}% from ${FROM} to ${TO}, against ${formatNumber(all)}% for all ages (our calculation)`,
      subtitle: `Children looked after by Worcestershire at 31 March, number, by age band and by placement, ${FROM}–${TO}`,
      alt,
      description: `${describeLines(data, names, "children")} By our calculation, the 10–15 band rose by ${formatNumber(band)}% and all ages by ${formatNumber(all)}%. Age bands and placements are two different breakdowns of the same children, so they overlap; "Homes etc." means secure units, children's homes and semi-independent living together, as DfE published them.`,
      svg: drawBoth(ID, alt, (document, size, narrow) => lineChart(data, { document, ...size, narrow, series: CATEGORIES, yLabel: "Children looked after", unit: "children" })),
      legend,
      table: {
        caption: `Children looked after by Worcestershire at 31 March, by age band and placement, ${FROM}–${TO}`,
        columns: ["Year", ...CATEGORIES.map((c) => c.column)],
        rows: years.map((y) => [String(y), ...CATEGORIES.map((c) => {
          const r = find(c.category, y);
          return r ? formatValue(r.value) : NOT_IN_DATA;
        })]),
      },
      csv: {
        columns: ["series", "area_code", "year", "breakdown", "category", "value", "status", "confidence", "source_id", "source_release"],
        rows: CATEGORIES.flatMap((c) =>
          rows.filter((r) => r.category === c.category).map((r) => [c.name, r.areaCode, r.year, r.breakdown, r.category, typeof r.value === "number" ? r.value : null, typeof r.value === "number" ? "published" : "not published", r.confidence, r.sourceId, source(r.sourceId).release]),
        ),
      },
      sources: sourcesOf(rows.map((r) => r.sourceId)),
      notes: ["DfE publishes the 10–15 age band; the council's minutes spoke of a rise among 11–16 year olds, which no published table gives."],
    };
  },
};
