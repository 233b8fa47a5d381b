/**
 * Worcestershire: children who started and who ceased to be looked after in each year
 * to 31 March, 2018–2025. Where starts exceed endings the number in care grows.
 */
import { series } from "../lib/data/index.ts";
import { siteConfig } from "../lib/site/config.ts";
import { lineChart } from "./line-chart.ts";
import { countWord, finish, gapsItem, listYears, type Description, type Series } from "./describe.ts";
import { formatNumber } from "../lib/format/number.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { cellText, drawBoth, legendOf, lookedAfterCsv, sourcesOf, toPoints, toSeries, yearRange } from "./view-parts.ts";

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

/**
 * The finding (in how many years more started than ceased), the latest year and the
 * widest gap, then highs, lows and gaps as a list. Years are compared only where both
 * counts exist.
 */
export function describeStartsAndCeased(started: Series, ceased: Series): Description {
  const byYear = (s: Series) => new Map(s.readings.filter((r) => r.value !== null).map((r) => [r.year, r.value!]));
  const [st, ce] = [byYear(started), byYear(ceased)];
  const { compared, more } = netGrowthYears(st, ce);
  if (compared.length === 0) return finish(["No year has both a count of children who started to be looked after and of those who ceased."], [gapsItem([started, ceased])]);
  const fewer = compared.filter((y) => st.get(y)! < ce.get(y)!);
  const same = compared.filter((y) => st.get(y)! === ce.get(y)!);
  const [from, to] = [compared[0]!, compared.at(-1)!];
  const others = [fewer.length ? `in ${listYears(fewer)} more ceased` : "", same.length ? `in ${listYears(same)} the two were the same` : ""].filter(Boolean);
  const finding =
    compared.length === 1
      ? `Only ${from} has both counts: ${formatNumber(st.get(from)!)} children started to be looked after by Worcestershire and ${formatNumber(ce.get(from)!)} ceased.`
      : `More children started to be looked after by Worcestershire than ceased in ${countWord(more.length)} of the ${countWord(compared.length)} years from ${from} to ${to}${to - from + 1 > compared.length ? " with both counts" : ""}${others.length ? `; ${joinClauses(others)}` : ""}.`;
  const latest = compared.length > 1 ? `In the year to 31 March ${to}, the latest, ${formatNumber(st.get(to)!)} started and ${formatNumber(ce.get(to)!)} ceased.` : null;
  const gap = (y: number) => st.get(y)! - ce.get(y)!;
  const widest = Math.max(...compared.map(gap));
  const widestYears = compared.filter((y) => gap(y) === widest);
  const widestSentence =
    compared.length > 2 && widest > 0 && !widestYears.includes(to)
      ? `Starts most exceeded endings in ${listYears(widestYears)}, when ${formatNumber(st.get(widestYears[0]!)!)} started and ${formatNumber(ce.get(widestYears[0]!)!)} ceased.`
      : null;
  const fewest = (m: Map<number, number>) => {
    const min = Math.min(...m.values());
    return { min, years: listYears([...m].filter(([, v]) => v === min).map(([y]) => y)) };
  };
  const [fs, fc] = [fewest(st), fewest(ce)];
  const fewestItem =
    fs.years === fc.years
      ? `Fewest in a year: ${formatNumber(fs.min)} started and ${formatNumber(fc.min)} ceased, both in ${fs.years}.`
      : `Fewest in a year: ${formatNumber(fs.min)} started, in ${fs.years}; ${formatNumber(fc.min)} ceased, in ${fc.years}.`;
  return finish([finding, latest, widestSentence].filter((s): s is string => s !== null), [
    st.size > 1 && ce.size > 1 ? fewestItem : null,
    gapsItem([started, ceased]),
  ]);
}

const joinClauses = (c: string[]) => c.join(", and ");

export const startsAndCeased: ChartDefinition = {
  id: ID,
  build() {
    const groups = GROUPS.map((g) => ({ ...g, values: series(siteConfig().council.area, g.measure, "number", FROM, TO) }));
    const years = yearRange(FROM, TO);
    const data = groups.flatMap((g) => toPoints(g.name, g.values, years));
    const byYear = (name: string) => new Map(data.filter((d) => d.series === name && d.value !== null).map((d) => [d.year, d.value!]));
    const { compared, more } = netGrowthYears(byYear("Started"), byYear("Ceased"));
    const names = groups.map((g) => g.name);
    const alt = `Line chart of the number of children who started and who ceased to be looked after by Worcestershire in each year to 31 March, ${FROM} to ${TO}`;
    return {
      id: ID,
      title: `More children started than stopped being looked after in Worcestershire in ${countWord(more.length)} of the ${countWord(compared.length)} years to 2025`,
      subtitle: `Children starting and ceasing to be looked after by Worcestershire County Council, number in each year to 31 March, ${FROM}–${TO}`,
      alt,
      ...describeStartsAndCeased(...(groups.map((g) => toSeries(g.name, g.values, years)) as [Series, Series])),
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
