/**
 * Worcestershire's rate of children looked after per 10,000 under-18s, against England
 * and the West Midlands, with the October 2018 proposal and October 2019 handover marked.
 */
import { series } from "../lib/data/index.ts";
import { siteConfig, theArea } from "../lib/site/config.ts";
import { lineChart } from "./line-chart.ts";
import { describeLines, type Measure } from "./describe.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, seriesParts, toPoints, toSeries, yearRange } from "./view-parts.ts";

const ID = "rate-per-10000";
const FROM = 2010;
const TO = 2025;
export const AREA_ORDER = [siteConfig().councilArea, theArea("nation"), theArea("region")];
// Values are at 31 March of each year, so October of year N sits just past N + 0.5.
const MARKERS = [
  { x: 2018 + 6.5 / 12, label: "Oct 2018: proposal to cut homes", shortLabel: "Oct 2018: proposal" },
  { x: 2019 + 6 / 12, label: "Oct 2019: Worcestershire Children First", shortLabel: "Oct 2019: WCF" },
];

export const MEASURE: Measure = { counted: "children looked after per 10,000 children under 18", when: "at 31 March", short: "rate" };
// Markers on a trend line invite a causal reading; say plainly what the data cannot show.
const MARKER_CAVEAT =
  "The lines mark the proposal to cut the council's residential homes (October 2018) and the handover to Worcestershire Children First (October 2019). The chart cannot show whether either changed the rate: many things affect how many children are in care.";

export const ratePer10000: ChartDefinition = {
  id: ID,
  build() {
    const byArea = AREA_ORDER.map((a) => ({ ...a, values: series(a.code, "looked_after_31_march", "rate_per_10000", FROM, TO) }));
    const years = yearRange(FROM, TO);
    const data = byArea.flatMap((a) => toPoints(a.name, a.values, years));
    const yLabel = "Children looked after per 10,000 under-18s";
    const described = describeLines(
      byArea.map((a) => toSeries(a.name, a.values, years, a.prose)),
      MEASURE,
      // The gap note (seriesParts) already names every missing year, just below the description.
      { gaps: false, details: [MARKER_CAVEAT] },
    );
    const alt = `Line chart of children looked after per 10,000 children under 18 at 31 March, Worcestershire, England and the West Midlands, ${FROM} to ${TO}, with October 2018 and October 2019 marked`;
    return {
      id: ID,
      title: "Worcestershire's rate of children in care was below England's in 2010 and above it in every year from 2018",
      subtitle: `Children looked after at 31 March per 10,000 children under 18, Worcestershire, England and the West Midlands, ${FROM}–${TO}`,
      alt,
      ...described,
      svg: drawBoth(ID, alt, (document, size, narrow) =>
        lineChart(data, { document, ...size, narrow, series: AREA_ORDER, yLabel, unit: "per 10,000", markers: MARKERS }),
      ),
      ...seriesParts(byArea, years, `Children looked after per 10,000 children under 18, at 31 March, ${FROM}–${TO}`),
    };
  },
};
