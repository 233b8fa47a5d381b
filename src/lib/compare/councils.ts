/**
 * The council against every English council and against its statistical neighbours:
 * ranks and counts computed from the all-councils dataset, so the chart, the claims check
 * and the prose all state the same comparison. Only published rates take part; a
 * suppressed or not-applicable value is left out of a year's count, never read as 0.
 */
import { MEASURE, UNIT } from "../data/looked-after-terms.ts";
import { Missing, councilLookedAfter, statisticalNeighbours, type LookedAfterValue } from "../data/index.ts";
import type { SiteConfig } from "../../config/config.ts";

/** One council's published rate in one year, with the release it comes from. */
export interface CouncilRate {
  code: string;
  name: string;
  year: number;
  rate: number;
  sourceId: string;
}

/** Where one council stands among all councils with a published rate in a year. */
export interface CouncilRank {
  year: number;
  rate: number;
  /** 1 + the number of councils with a strictly higher rate. */
  rank: number;
  /** Councils with a published rate that year. */
  of: number;
  /** Councils with a strictly higher rate. */
  higher: number;
  /** Other councils with exactly the same (rounded) rate. */
  tiedWith: number;
}

/** The council's rate against each neighbour's in one year. */
export interface NeighbourComparison {
  year: number;
  rate: number;
  /**
   * Every neighbour in the grouping, with null where it has no published rate that year;
   * `missing` then says what the data holds instead: DfE's code ("z"), or "" for no value.
   */
  neighbours: { code: string; name: string; rate: number | null; missing?: string }[];
  withValue: number;
  lower: number;
  higher: number;
  same: number;
  /** The neighbour with the highest published rate (the first listed, if tied). */
  highest: { code: string; name: string; rate: number } | null;
}

const rates = (config: SiteConfig): LookedAfterValue[] => councilLookedAfter(config).filter((v) => v.measure === MEASURE.lookedAfter && v.unit === UNIT.rate);

/** The years the all-councils dataset covers, ascending. */
export function councilYears(config: SiteConfig): number[] {
  return [...new Set(councilLookedAfter(config).map((v) => v.year))].sort((a, b) => a - b);
}

/** Every council with a published rate in `year`, highest first (ties in code order). */
export function ratesIn(year: number, config: SiteConfig): CouncilRate[] {
  return rates(config)
    .filter((v): v is LookedAfterValue & { value: number } => v.year === year && !(v.value instanceof Missing))
    .map((v) => ({ code: v.areaCode, name: v.areaName, year, rate: v.value, sourceId: v.sourceId }))
    .sort((a, b) => b.rate - a.rate || a.code.localeCompare(b.code));
}

/** A council's rank among all councils in `year`, or null where it has no published rate. */
export function rankIn(code: string, year: number, config: SiteConfig): CouncilRank | null {
  const all = ratesIn(year, config);
  const own = all.find((r) => r.code === code);
  if (!own) return null;
  const higher = all.filter((r) => r.rate > own.rate).length;
  const tiedWith = all.filter((r) => r.rate === own.rate).length - 1;
  return { year, rate: own.rate, rank: higher + 1, of: all.length, higher, tiedWith };
}

/** A council's rate against each of its statistical neighbours' in `year`; null without its own rate. */
export function neighbourComparison(year: number, of: string, config: SiteConfig): NeighbourComparison | null {
  const all = ratesIn(year, config);
  const own = all.find((r) => r.code === of);
  if (!own) return null;
  const held = rates(config).filter((v) => v.year === year);
  const neighbours = statisticalNeighbours(of, config).map((n) => {
    const rate = all.find((r) => r.code === n.areaCode)?.rate ?? null;
    if (rate !== null) return { code: n.areaCode, name: n.areaName, rate };
    const v = held.find((x) => x.areaCode === n.areaCode)?.value;
    return { code: n.areaCode, name: n.areaName, rate, missing: v instanceof Missing ? v.code : "" };
  });
  const valued = neighbours.filter((n): n is { code: string; name: string; rate: number } => n.rate !== null);
  const highest = valued.reduce<(typeof valued)[number] | null>((best, n) => (best === null || n.rate > best.rate ? n : best), null);
  return {
    year,
    rate: own.rate,
    neighbours,
    withValue: valued.length,
    lower: valued.filter((n) => n.rate < own.rate).length,
    higher: valued.filter((n) => n.rate > own.rate).length,
    same: valued.filter((n) => n.rate === own.rate).length,
    highest,
  };
}


