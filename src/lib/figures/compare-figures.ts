/**
 * Figures for comparing the council with other councils, from the all-councils dataset:
 *   <neighbour>.<number|rate>.<year>        a statistical neighbour's value (the key from its name)
 *   compare.councils.<year>                 councils with a published rate that year
 *   compare.councils-higher.<year>          of those, how many had a higher rate than the council
 *   compare.council-rank.<year>            the council's rank, highest rate first ("71st")
 *   compare.neighbours-with-value.<year>    neighbours with a published rate
 *   compare.neighbours-lower.<year>         of those, how many had a lower rate than the council
 *   compare.neighbours-highest.<year>       the highest neighbour's rate (its name in the note)
 * Counts and ranks are our calculation (confidence "calc"); neighbours' values are read.
 */
import { Missing, councilLookedAfter, statisticalNeighbours } from "../data/index.ts";
import { formatNumber } from "../../format/number.ts";
import { councilYears, neighbourComparison, rankIn, ratesIn } from "../compare/councils.ts";
import { formatIsoDate } from "../../format/date.ts";
import { ordinal } from "../../format/number.ts";
import type { Figure } from "./types.ts";
import { areasWithRole, type SiteConfig } from "../../config/config.ts";
import { fillSlots, ui } from "../content/ui.ts";

/** A council's name as a figure key: "North Town" → "north-town". */
export function areaSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Every comparison figure; `taken` holds area slugs already given keys by the looked-after data. */
export function compareFigures(taken: ReadonlySet<string>, config: SiteConfig): Figure[] {
  const out: Figure[] = [];
  const { code: own, name } = config.councilArea;
  // Every council with a rate is a council of the nation's statistics (content/site.yaml).
  const nation = areasWithRole("nation", config)[0]?.name ?? "the statistics";
  const neighbours = statisticalNeighbours(own, config);
  const codes = new Set(neighbours.map((n) => n.areaCode));
  for (const v of councilLookedAfter(config)) {
    if (!codes.has(v.areaCode) || v.value instanceof Missing) continue;
    const slug = areaSlug(neighbours.find((n) => n.areaCode === v.areaCode)!.areaName);
    if (taken.has(slug)) continue;
    out.push({ key: `${slug}.${v.unit === "number" ? "number" : "rate"}.${v.year}`, parts: [{ value: v.value, text: formatNumber(v.value) }], sourceIds: [v.sourceId], confidence: v.confidence, note: v.note });
  }
  const words = ui(config).compare.figureNotes;
  const calc = (key: string, value: number, sourceIds: string[], note: string, text = formatNumber(value)): Figure => ({ key, parts: [{ value, text }], sourceIds: [...new Set(sourceIds)], confidence: "calc", note });
  for (const year of councilYears(config)) {
    const all = ratesIn(year, config);
    const releases = all.map((r) => r.sourceId);
    const rank = rankIn(own, year, config);
    const n = neighbourComparison(year, own, config);
    out.push(calc(`compare.councils.${year}`, all.length, releases, fillSlots(words.councils, { nation, year })));
    if (!rank || !n) continue;
    out.push(calc(`compare.councils-higher.${year}`, rank.higher, releases, fillSlots(words.higher, { council: name, rate: formatNumber(rank.rate), year })));
    const tie = rank.tiedWith === 0 ? "" : rank.tiedWith === 1 ? words.tieOne : fillSlots(words.tieMany, { count: rank.tiedWith });
    out.push(calc(`compare.council-rank.${year}`, rank.rank, releases, fillSlots(words.rank, { council: name, of: rank.of, tie }), ordinal(rank.rank)));
    const neighbourReleases = releases.filter((_, i) => codes.has(all[i]!.code) || all[i]!.code === own);
    out.push(calc(`compare.neighbours-with-value.${year}`, n.withValue, neighbourReleases, fillSlots(words.neighboursWithValue, { council: name, date: formatIsoDate(neighbours[0]!.groupingDate), year })));
    out.push(calc(`compare.neighbours-lower.${year}`, n.lower, neighbourReleases, fillSlots(words.neighboursLower, { council: name, rate: formatNumber(n.rate), year })));
    if (n.highest) out.push(calc(`compare.neighbours-highest.${year}`, n.highest.rate, neighbourReleases, fillSlots(words.neighboursHighest, { year, name: n.highest.name })));
  }
  return out;
}
