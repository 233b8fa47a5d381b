/**
 * Text descriptions generated from chart data, so a screen-reader user hears what a
 * sighted reader sees: where each series starts and ends, its peak, and any crossing.
 */
import type { LinePoint } from "./line-chart.ts";
import { formatNumber } from "../lib/format/number.ts";

const defined = (points: LinePoint[]) => points.filter((p): p is LinePoint & { value: number } => p.value !== null);

/** Describe a multi-series line chart in plain sentences. */
export function describeLines(data: LinePoint[], series: string[], unit: string): string {
  const sentences: string[] = [];
  for (const name of series) {
    const pts = defined(data.filter((d) => d.series === name));
    if (pts.length === 0) {
      sentences.push(`No values are published for ${name}.`);
      continue;
    }
    const first = pts[0]!;
    const last = pts.at(-1)!;
    const max = Math.max(...pts.map((p) => p.value));
    const peakYears = pts.filter((p) => p.value === max).map((p) => p.year);
    let s = `${name}: ${formatNumber(first.value)} ${unit} in ${first.year}, ${formatNumber(last.value)} in ${last.year}`;
    if (!peakYears.includes(last.year) && !peakYears.includes(first.year)) s += `, with a peak of ${formatNumber(max)} in ${listYears(peakYears)}`;
    sentences.push(`${s}.`);
    const gaps = data.filter((d) => d.series === name && d.value === null).map((d) => d.year);
    if (gaps.length > 0) sentences.push(`There is no ${name} value for ${listYears(gaps)}.`);
  }
  // Each other series is compared with the first, the one the chart is about.
  for (const other of series.slice(1)) sentences.push(...describeCrossing(data, series[0]!, other));
  return sentences.join(" ");
}

/** Sentences on when series `a` first rose above `b`, comparing years where both exist. */
function describeCrossing(data: LinePoint[], a: string, b: string): string[] {
  const bByYear = new Map(defined(data.filter((d) => d.series === b)).map((d) => [d.year, d.value]));
  const pairs = defined(data.filter((d) => d.series === a))
    .filter((d) => bByYear.has(d.year))
    .map((d) => ({ year: d.year, diff: d.value - bByYear.get(d.year)! }));
  if (pairs.length === 0) return [];
  const startBelow = pairs[0]!.diff < 0;
  const firstAbove = pairs.find((p) => p.diff > 0);
  const lastPair = pairs.at(-1)!;
  if (startBelow && firstAbove) {
    const tail = lastPair.diff > 0 ? ` and was still above it in ${lastPair.year}` : `, but was not above it in ${lastPair.year}`;
    return [`${a} started below ${b} and was first above it in ${firstAbove.year}${tail}.`];
  }
  if (pairs.every((p) => p.diff > 0)) return [`${a} was above ${b} in every year shown.`];
  if (pairs.every((p) => p.diff < 0)) return [`${a} was below ${b} in every year shown.`];
  return [];
}

/** "2019", "2019 and 2020", "2019, 2020 and 2021". */
export function listYears(years: number[]): string {
  if (years.length <= 1) return years.join("");
  return `${years.slice(0, -1).join(", ")} and ${years.at(-1)}`;
}
