/**
 * Essex and North Yorkshire, the councils whose approach Worcestershire cited, against
 * Worcestershire: children looked after per 10,000 under-18s, 2011–2019.
 */
import { series } from "../lib/data/index.ts";
import { siteConfig, areasWithRole } from "../lib/site/config.ts";
import { formatNumber } from "../lib/format/number.ts";
import { lineChart } from "./line-chart.ts";
import { describeLines } from "./describe.ts";
import { MEASURE } from "./rate-per-10000.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, seriesParts, toPoints, toSeries, yearRange } from "./view-parts.ts";

const ID = "comparators";
const FROM = 2011;
const TO = 2019;
export const AREA_ORDER = [siteConfig().councilArea, ...areasWithRole("comparator")];

export const comparators: ChartDefinition = {
  id: ID,
  build() {
    const byArea = AREA_ORDER.map((a) => ({ ...a, values: series(a.code, "looked_after_31_march", "rate_per_10000", FROM, TO) }));
    const years = yearRange(FROM, TO);
    const data = byArea.flatMap((a) => toPoints(a.name, a.values, years));
    const ends = (name: string) => {
      const pts = data.filter((d) => d.series === name && d.value !== null);
      return { first: pts[0]!, last: pts.at(-1)! };
    };
    const [w, e] = [ends("Worcestershire"), ends("Essex")];
    const verb = (a: number, b: number) => (b > a ? "rose" : b < a ? "fell" : "was unchanged");
    const alt = `Line chart of children looked after per 10,000 children under 18 at 31 March, Worcestershire, Essex and North Yorkshire, ${FROM} to ${TO}`;
    return {
      id: ID,
      title: `Essex's rate of children in care ${verb(e.first.value!, e.last.value!)} from ${formatNumber(e.first.value!)} to ${formatNumber(e.last.value!)} per 10,000 from ${e.first.year} to ${e.last.year}, while Worcestershire's ${verb(w.first.value!, w.last.value!)} from ${formatNumber(w.first.value!)} to ${formatNumber(w.last.value!)}`,
      subtitle: `Children looked after at 31 March per 10,000 children under 18, Worcestershire, Essex and North Yorkshire, ${FROM}–${TO}`,
      alt,
      // The gap note (seriesParts) already names every missing year, just below the description.
      ...describeLines(byArea.map((a) => toSeries(a.name, a.values, years)), MEASURE, { gaps: false }),
      svg: drawBoth(ID, alt, (document, size, narrow) => lineChart(data, { document, ...size, narrow, series: AREA_ORDER, yLabel: "Children looked after per 10,000 under-18s", unit: "per 10,000" })),
      ...seriesParts(byArea, years, `Children looked after per 10,000 children under 18, at 31 March, ${FROM}–${TO}`),
    };
  },
};
