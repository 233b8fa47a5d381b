/**
 * Worcestershire: children who started and who ceased to be looked after in each year
 * to 31 March, 2018–2025. Where starts exceed endings the number in care grows.
 */
import { AREAS, series } from "../lib/data/index.ts";
import { lineChart } from "./line-chart.ts";
import { describeLines } from "./describe.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { cellText, drawBoth, legendOf, lookedAfterCsv, sourcesOf, toPoints, yearRange } from "./view-parts.ts";

const ID = "starts-and-ceased";
const FROM = 2018;
const TO = 2025;
const GROUPS = [
  { measure: "started", name: "Started" },
  { measure: "ceased", name: "Ceased" },
] as const;

/** Years where both counts exist, and those where more started than ceased. */
export function netGrowthYears(started: Map<number, number>, ceased: Map<number, number>): { compared: number[]; more: number[] } {
  const compared = [...started.keys()].filter((y) => ceased.has(y)).sort((a, b) => a - b);
  return { compared, more: compared.filter((y) => started.get(y)! > ceased.get(y)!) };
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const words = (n: number) => NUMBER_WORDS[n] ?? String(n);

export const startsAndCeased: ChartDefinition = {
  id: ID,
  build() {
    const groups = GROUPS.map((g) => ({ ...g, values: series(AREAS.worcestershire, g.measure, "number", FROM, TO) }));
    const years = yearRange(FROM, TO);
    const data = groups.flatMap((g) => toPoints(g.name, g.values, years));
    const byYear = (name: string) => new Map(data.filter((d) => d.series === name && d.value !== null).map((d) => [d.year, d.value!]));
    const { compared, more } = netGrowthYears(byYear("Started"), byYear("Ceased"));
    const names = groups.map((g) => g.name);
    const alt = `Line chart of the number of children who started and who ceased to be looked after by Worcestershire in each year to 31 March, ${FROM} to ${TO}`;
    return {
      id: ID,
      title: `More children started than stopped being looked after in Worcestershire in ${words(more.length)} of the ${words(compared.length)} years to 2025`,
      subtitle: `Children starting and ceasing to be looked after by Worcestershire County Council, number in each year to 31 March, ${FROM}–${TO}`,
      alt,
      description: `${describeLines(data, names, "children")} More children started than ceased in ${more.length} of the ${compared.length} years with both figures (${more.join(", ")}).`,
      svg: drawBoth(ID, alt, (document, size, narrow) => lineChart(data, { document, ...size, narrow, series: names, yLabel: "Children in the year", unit: "children" })),
      legend: legendOf(names),
      table: {
        caption: `Children starting and ceasing to be looked after by Worcestershire, years to 31 March ${FROM}–${TO}`,
        columns: ["Year", "Started", "Ceased"],
        rows: years.map((y) => [String(y), ...groups.map((g) => cellText(g.values, y))]),
      },
      csv: lookedAfterCsv(groups),
      sources: sourcesOf(groups.flatMap((g) => g.values.map((v) => v.sourceId))),
      notes: [],
    };
  },
};
