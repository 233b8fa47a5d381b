/**
 * Figures for comparing Worcestershire with other councils, from the all-councils dataset:
 *   <neighbour>.<number|rate>.<year>        a statistical neighbour's value, e.g. staffordshire.rate.2018
 *   compare.councils.<year>                 councils with a published rate that year
 *   compare.councils-higher.<year>          of those, how many had a higher rate than Worcestershire
 *   compare.worcestershire-rank.<year>      Worcestershire's rank, highest rate first ("71st")
 *   compare.neighbours-with-value.<year>    neighbours with a published rate
 *   compare.neighbours-lower.<year>         of those, how many had a lower rate than Worcestershire
 *   compare.neighbours-highest.<year>       the highest neighbour's rate (its name in the note)
 * Counts and ranks are our calculation (confidence "calc"); neighbours' values are read.
 */
import { AREAS, Missing, councilLookedAfter, statisticalNeighbours } from "../data/index.ts";
import { formatNumber } from "../format/number.ts";
import { councilYears, neighbourComparison, rankIn, ratesIn } from "../compare/councils.ts";
import { formatIsoDate } from "../format/date.ts";
import { ordinal } from "../format/number.ts";
import type { Figure } from "./types.ts";

/** "South Gloucestershire" → "south-gloucestershire". */
export function areaSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every comparison figure; `taken` holds area slugs already given keys by the looked-after data. */
export function compareFigures(taken: ReadonlySet<string>): Figure[] {
  const out: Figure[] = [];
  const neighbours = statisticalNeighbours();
  const codes = new Set(neighbours.map((n) => n.areaCode));
  for (const v of councilLookedAfter()) {
    if (!codes.has(v.areaCode) || v.value instanceof Missing) continue;
    const slug = areaSlug(neighbours.find((n) => n.areaCode === v.areaCode)!.areaName);
    if (taken.has(slug)) continue;
    out.push({ key: `${slug}.${v.unit === "number" ? "number" : "rate"}.${v.year}`, parts: [{ value: v.value, text: formatNumber(v.value) }], sourceIds: [v.sourceId], confidence: v.confidence, note: v.note });
  }
  const calc = (key: string, value: number, sourceIds: string[], note: string, text = formatNumber(value)): Figure => ({ key, parts: [{ value, text }], sourceIds: [...new Set(sourceIds)], confidence: "calc", note });
  for (const year of councilYears()) {
    const all = ratesIn(year);
    const releases = all.map((r) => r.sourceId);
    const rank = rankIn(AREAS.worcestershire, year);
    const n = neighbourComparison(year);
    out.push(calc(`compare.councils.${year}`, all.length, releases, `Councils in England with a published rate of children looked after at 31 March ${year}.`));
    if (!rank || !n) continue;
    out.push(calc(`compare.councils-higher.${year}`, rank.higher, releases, `Councils with a higher rate than Worcestershire's ${formatNumber(rank.rate)} at 31 March ${year}.`));
    const tie = rank.tiedWith > 0 ? `, level with ${rank.tiedWith} other${rank.tiedWith === 1 ? "" : "s"}` : "";
    out.push(calc(`compare.worcestershire-rank.${year}`, rank.rank, releases, `Worcestershire's place among ${rank.of} councils, highest rate first${tie}.`, ordinal(rank.rank)));
    const neighbourReleases = releases.filter((_, i) => codes.has(all[i]!.code) || all[i]!.code === AREAS.worcestershire);
    out.push(calc(`compare.neighbours-with-value.${year}`, n.withValue, neighbourReleases, `Worcestershire's statistical neighbours (DfE's grouping in use from ${formatIsoDate(neighbours[0]!.groupingDate)}) with a published rate at 31 March ${year}.`));
    out.push(calc(`compare.neighbours-lower.${year}`, n.lower, neighbourReleases, `Neighbours with a lower rate than Worcestershire's ${formatNumber(n.rate)} at 31 March ${year}.`));
    if (n.highest) out.push(calc(`compare.neighbours-highest.${year}`, n.highest.rate, neighbourReleases, `The highest rate among the neighbours at 31 March ${year}: ${n.highest.name}.`));
  }
  return out;
}
