/**
 * England's children looked after at 31 March, 2009–2025, with 2010 and 2016 marked:
 * the council's news release of 11 October 2018 said numbers rose "10 per cent" between them.
 */
import * as Plot from "@observablehq/plot";
import { series, source } from "../lib/data/index.ts";
import { theArea } from "../lib/site/config.ts";
import { formatNumber, percentChange } from "../lib/format/number.ts";
import { lineChart, type LinePoint } from "./line-chart.ts";
import { describeLines } from "./describe.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { cellText, drawBoth, legendOf, lookedAfterCsv, sourcesOf, toPoints, toSeries, yearRange } from "./view-parts.ts";

const ID = "england-looked-after";
const FROM = 2009;
const TO = 2025;
const [START, END] = [2010, 2016];
const NAME = "England";
/** The rise the council's news release of 11 October 2018 gave, in per cent. */
const CLAIMED = 10;

export const englandLookedAfter: ChartDefinition = {
  id: ID,
  build() {
    const values = series(theArea("nation").code, "looked_after_31_march", "number", FROM, TO);
    const years = yearRange(FROM, TO);
    const data = toPoints(NAME, values, years);
    const at = (y: number) => {
      const v = data.find((d) => d.year === y)?.value;
      if (typeof v !== "number") throw new Error(`${ID}: England has no number for ${y}, which the chart compares`);
      return v;
    };
    const change = percentChange(at(START), at(END));
    const pair = data.filter((d) => d.year === START || d.year === END) as (LinePoint & { value: number })[];
    const alt = `Line chart of the number of children looked after in England at 31 March, ${FROM} to ${TO}, with ${START} and ${END} marked`;
    const annotations = (narrow: boolean) => [
      Plot.dot(pair, { x: "year", y: "value", r: narrow ? 6 : 7, stroke: "currentColor", strokeWidth: 1.5, fill: "none" }),
      // Below each ringed point, running right: centred, the first would reach the y axis' figures.
      Plot.text(pair, { x: "year", y: "value", text: (d: LinePoint) => formatNumber(d.value!), dy: 16, dx: -6, textAnchor: "start", fill: "currentColor" }),
      // Below the line, where nothing else is drawn.
      Plot.text([{ x: START, y: at(START) * 0.8 }], {
        x: "x",
        y: "y",
        text: () => (narrow ? `${START}–${END}: +${change}%\n(news release:\n"10 per cent")` : `${START} to ${END}: +${change}%\n(the news release said "10 per cent")`),
        textAnchor: "start",
        lineAnchor: "top",
        fill: "currentColor",
        fontWeight: "bold",
      }),
    ];
    return {
      id: ID,
      title: `England's children in care rose ${change}% from ${START} to ${END} (our calculation); the council's release said "10 per cent"`,
      subtitle: `Children looked after in England at 31 March, number, ${FROM}–${TO}`,
      alt,
      ...describeLines([toSeries(NAME, values, years)], { counted: "children looked after", when: "at 31 March", short: "number" }, {
        finding: [
          `The number of children looked after in England at 31 March rose by ${formatNumber(change)}% from ${START} to ${END}, our calculation from ${formatNumber(at(START))} and ${formatNumber(at(END))}.`,
          `The council's news release of 11 October 2018 ${change < CLAIMED ? "rounded it up to" : change > CLAIMED ? "rounded it down to" : "gave it as"} ${CLAIMED} per cent.`,
        ],
      }),
      svg: drawBoth(ID, alt, (document, size, narrow) =>
        lineChart(data, { document, ...size, narrow, series: [NAME], yLabel: "Children looked after", unit: "children", marginLeft: 64, marginRight: narrow ? 116 : 150, annotations: annotations(narrow) }),
      ),
      legend: legendOf([NAME]),
      table: {
        caption: `Children looked after in England at 31 March, ${FROM}–${TO}`,
        columns: ["Year", "Children looked after", "Release"],
        rows: years.map((y) => {
          const id = values.find((v) => v.year === y)?.sourceId;
          return [String(y), cellText(values, y), id ? source(id).release : ""];
        }),
      },
      csv: lookedAfterCsv([{ name: NAME, values }]),
      sources: sourcesOf([...values.map((v) => v.sourceId), "wcc-news-2018-10-11"]),
      notes: [
        `The percentage uses the current figures for both years. As first published, ${START}'s figure was ${formatNumber(values.find((v) => v.year === START)?.revisedFrom ?? at(START))}; DfE releases revise earlier years, so the table names the release of each value.`,
      ],
    };
  },
};
