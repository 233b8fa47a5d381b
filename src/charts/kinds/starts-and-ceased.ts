/**
 * A council's children who started and who ceased to be looked after in each year to
 * 31 March. Where starts exceed endings the number in care grows; the title says in how
 * many of the years compared, computed from the data.
 */
import { lineChart } from "../drawing/line-chart.ts";
import { countWord, finish, gapsItem, listYears, withDetails, type Description, type Series } from "../describe.ts";
import { formatNumber } from "../../format/number.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";
import type { ChartKind } from "../chart-definition.ts";
import { startsAndCeasedEntry, type StartsAndCeasedEntry } from "../../schemas/chart-entry.ts";
import type { LookedAfterValue } from "../../lib/data/index.ts";
import { cellText, drawBoth, legendOf, lookedAfterCsv, sourcesOf, toPoints, toSeries, yearRange } from "../view-parts.ts";

/** The council's name and its two series, each for the entry's years. */
export interface StartsAndCeasedData {
  area: string;
  started: LookedAfterValue[];
  ceased: LookedAfterValue[];
}

/** Years where both counts exist, and those where more started than ceased. */
export function netGrowthYears(started: Map<number, number>, ceased: Map<number, number>): { compared: number[]; more: number[] } {
  const compared = [...started.keys()].filter((y) => ceased.has(y)).sort((a, b) => a - b);
  return { compared, more: compared.filter((y) => started.get(y)! > ceased.get(y)!) };
}

/**
 * The finding (in how many years more started than ceased), the latest year and the
 * widest gap, then highs, lows and gaps as a list. Years are compared only where both
 * counts exist. `area` names the council whose children they are.
 */
export function describeStartsAndCeased(started: Series, ceased: Series, area: string, dw: Ui["charts"]): Description {
  const byYear = (s: Series) => new Map(s.readings.filter((r) => r.value !== null).map((r) => [r.year, r.value!]));
  const [st, ce] = [byYear(started), byYear(ceased)];
  const { compared, more } = netGrowthYears(st, ce);
  const w = dw.startsAndCeased;
  if (compared.length === 0) return finish([w.none], [gapsItem([started, ceased], dw)]);
  const fewer = compared.filter((y) => st.get(y)! < ce.get(y)!);
  const same = compared.filter((y) => st.get(y)! === ce.get(y)!);
  const [from, to] = [compared[0]!, compared.at(-1)!];
  const others = [fewer.length ? fillSlots(w.moreCeased, { years: listYears(fewer) }) : "", same.length ? fillSlots(w.same, { years: listYears(same) }) : ""].filter(Boolean);
  const finding =
    compared.length === 1
      ? fillSlots(w.only, { year: from, started: formatNumber(st.get(from)!), area, ceased: formatNumber(ce.get(from)!) })
      : fillSlots(w.finding, { area, more: countWord(more.length), compared: countWord(compared.length), from, to, withBoth: to - from + 1 > compared.length ? w.withBoth : "", others: others.length ? `; ${joinClauses(others)}` : "" });
  const latest = compared.length > 1 ? fillSlots(w.latest, { year: to, started: formatNumber(st.get(to)!), ceased: formatNumber(ce.get(to)!) }) : null;
  const gap = (y: number) => st.get(y)! - ce.get(y)!;
  const widest = Math.max(...compared.map(gap));
  const widestYears = compared.filter((y) => gap(y) === widest);
  const widestSentence =
    compared.length > 2 && widest > 0 && !widestYears.includes(to)
      ? fillSlots(w.widest, { years: listYears(widestYears), started: formatNumber(st.get(widestYears[0]!)!), ceased: formatNumber(ce.get(widestYears[0]!)!) })
      : null;
  const fewest = (m: Map<number, number>) => {
    const min = Math.min(...m.values());
    return { min, years: listYears([...m].filter(([, v]) => v === min).map(([y]) => y)) };
  };
  const [fs, fc] = [fewest(st), fewest(ce)];
  const fewestItem =
    fs.years === fc.years
      ? fillSlots(w.fewestBoth, { started: formatNumber(fs.min), ceased: formatNumber(fc.min), years: fs.years })
      : fillSlots(w.fewestApart, { started: formatNumber(fs.min), startedYears: fs.years, ceased: formatNumber(fc.min), ceasedYears: fc.years });
  return finish([finding, latest, widestSentence].filter((s): s is string => s !== null), [
    st.size > 1 && ce.size > 1 ? fewestItem : null,
    gapsItem([started, ceased], dw),
  ]);
}

const joinClauses = (c: string[]) => c.join(", and ");

export const startsAndCeased: ChartKind<StartsAndCeasedEntry, StartsAndCeasedData> = {
  entry: startsAndCeasedEntry,
  binds: () => ["from", "to", "more", "compared", "compared.from", "compared.to"],
  build({ id, entry, text, data, sources, ui }) {
    const { from, to } = entry.years;
    const names = [entry.series.started, entry.series.ceased];
    const groups = [
      { name: names[0]!, values: data.started },
      { name: names[1]!, values: data.ceased },
    ];
    const years = yearRange(from, to);
    const points = groups.flatMap((g) => toPoints(g.name, g.values, years));
    const byYear = (name: string) => new Map(points.filter((d) => d.series === name && d.value !== null).map((d) => [d.year, d.value!]));
    const { compared, more } = netGrowthYears(byYear(names[0]!), byYear(names[1]!));
    if (compared.length === 0) throw new Error(`${id}: no year has both counts, which the title compares`);
    const t = text({ from, to, more: countWord(more.length), compared: countWord(compared.length), "compared.from": compared[0]!, "compared.to": compared.at(-1)! });
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeStartsAndCeased(...(groups.map((g) => toSeries(g.name, g.values, years)) as [Series, Series]), data.area, ui.charts), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) => lineChart(points, { document, ...size, narrow, series: names, yLabel: t.axis.label, unit: t.axis.unit })),
      legend: legendOf(names),
      table: {
        caption: t.caption,
        columns: ["Year", ...names],
        rows: years.map((y) => [String(y), ...groups.map((g) => cellText(g.values, y, sources, ui.charts))]),
      },
      csv: lookedAfterCsv(groups, sources),
      sources: sourcesOf(groups.flatMap((g) => g.values.map((v) => v.sourceId)), sources),
      notes: t.notes,
    };
  },
};

