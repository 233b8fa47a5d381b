/**
 * The councils that get a page at /compare/<code>/: every distinct council in the
 * all-councils dataset (data/looked-after-councils.csv), and each one's rank in a year.
 *
 * "Distinct" is counted, never assumed from the rows: a code DfE uses for the same area as
 * another (a same-area row of data/area-changes.csv) counts as that area, and a council
 * listed twice in one year counts once. A rank's denominator is the distinct councils with
 * a published rate that year.
 */
import { MEASURE, UNIT } from "../data/looked-after-terms.ts";
import { ordinal } from "../../format/number.ts";
import { areaChanges, councilLookedAfter, Missing, statisticalNeighbours, type LookedAfterValue, type StatisticalNeighbour } from "../data/index.ts";
import type { SiteConfig } from "../../config/config.ts";
import { perSite } from "../../config/per-site.ts";

/** One council with a page. */
export interface Council {
  code: string;
  name: string;
  /** Every rate row of the council (its own code and any code DfE used for the same area), by year. */
  rates: LookedAfterValue[];
  numbers: LookedAfterValue[];
}

/** A council's place among the distinct councils with a published rate in one year. */
export interface Rank {
  year: number;
  rate: number;
  /** 1 + councils with a strictly higher rate. */
  rank: number;
  /** Distinct councils with a published rate that year. */
  of: number;
  /** Other councils with the same (rounded) rate. */
  tiedWith: number;
}

/**
 * "highest", "joint highest", "23rd highest", "joint 23rd highest"; the last place reads
 * "lowest" or "joint lowest" ("the lowest rate of the 151 councils", never "the 151st highest").
 */
export function placeText(r: Pick<Rank, "rank" | "of" | "tiedWith">): string {
  const joint = r.tiedWith > 0 ? "joint " : "";
  if (r.rank === 1) return `${joint}highest`;
  if (r.rank + r.tiedWith === r.of) return `${joint}lowest`;
  return `${joint}${ordinal(r.rank)} highest`;
}

/** The councils of the site configured by `config`, gathered once for it; a row counts under its same-area project code, or its own. */
const gather = perSite((config: SiteConfig): { councils: Council[]; byCode: Map<string, Council>; alias: Map<string, string>; years: number[] } => {
  const alias = new Map(areaChanges(config).filter((c) => c.treatment === "same-area" && c.projectCode !== c.areaCode).map((c) => [c.areaCode, c.projectCode]));
  const key = (code: string) => alias.get(code) ?? code;
  const byCode = new Map<string, Council>();
  const rows = councilLookedAfter(config).filter((v) => v.measure === MEASURE.lookedAfter);
  // A council's own code names it; rows under another code DfE used for it come after.
  const own = (v: LookedAfterValue) => (key(v.areaCode) === v.areaCode ? 0 : 1);
  for (const v of [...rows].sort((a, b) => own(a) - own(b))) {
    const code = key(v.areaCode);
    let c = byCode.get(code);
    if (!c) byCode.set(code, (c = { code, name: v.areaName, rates: [], numbers: [] }));
    const list = v.unit === UNIT.rate ? c.rates : c.numbers;
    // One value per year: the council's own code first.
    if (!list.some((x) => x.year === v.year)) list.push(v);
  }
  for (const c of byCode.values()) for (const list of [c.rates, c.numbers]) list.sort((a, b) => a.year - b.year);
  const councils = [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.code.localeCompare(b.code));
  const years = [...new Set(rows.map((v) => v.year))].sort((a, b) => a - b);
  return { councils, byCode, alias, years };
});

/** Every distinct council, by name. */
export function councils(config: SiteConfig): readonly Council[] {
  return gather(config).councils;
}

/** The council with a page for `code` (or a code DfE used for the same area); undefined for any other. */
export function councilFor(code: string, config: SiteConfig): Council | undefined {
  const g = gather(config);
  return g.byCode.get(g.alias.get(code) ?? code);
}

/** The years of the all-councils dataset, ascending. */
export function compareYears(config: SiteConfig): number[] {
  return gather(config).years;
}

/** Same-area codes and the council code each counts under. */
export function councilAliases(config: SiteConfig): ReadonlyMap<string, string> {
  return gather(config).alias;
}

const published = (v: LookedAfterValue | undefined): number | null => (v && !(v.value instanceof Missing) ? v.value : null);

/** A council's rank in `year` among the distinct councils with a published rate; null without its own. */
export function rankOf(code: string, year: number, config: SiteConfig): Rank | null {
  const all = councils(config).flatMap((c) => {
    const rate = published(c.rates.find((v) => v.year === year));
    return rate === null ? [] : [{ code: c.code, rate }];
  });
  const own = all.find((r) => r.code === (councilFor(code, config)?.code ?? code));
  if (!own) return null;
  const higher = all.filter((r) => r.rate > own.rate).length;
  return { year, rate: own.rate, rank: higher + 1, of: all.length, tiedWith: all.filter((r) => r.rate === own.rate).length - 1 };
}

/** The latest year the council has a published rate, with its rank; null if it never has one. */
export function latestRank(code: string, config: SiteConfig): Rank | null {
  for (const year of [...compareYears(config)].reverse()) {
    const r = rankOf(code, year, config);
    if (r) return r;
  }
  return null;
}

/** The council's statistical neighbours as DfE lists them, where data/statistical-neighbours.csv holds them (else empty). */
export function neighboursOf(code: string, config: SiteConfig): StatisticalNeighbour[] {
  return statisticalNeighbours(code, config);
}

/** The councils whose statistical neighbours the data holds, by name. */
export function councilsWithNeighbours(config: SiteConfig): Council[] {
  return councils(config).filter((c) => statisticalNeighbours(c.code, config).length > 0);
}
