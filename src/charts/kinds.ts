/**
 * Every kind of chart the engine can draw, by the name a content entry gives as `kind`,
 * with the glue that gathers each one's data: the only place chart drawing meets the data
 * package and the site configuration. A site builds the kinds its content/charts/ names,
 * and only those.
 */
import { agePlacement, areaChanges, councilLookedAfter, money as moneyFigures, series, statisticalNeighbours, type Measure, type Unit } from "../lib/data/index.ts";
import { homesAccounts } from "../lib/data/homes.ts";
import { councilYears, neighbourComparison, rankIn } from "../lib/compare/councils.ts";
import { areasWithRole, siteConfig, theArea, type Area } from "../lib/site/config.ts";
import type { ChartEntry } from "../schemas/chart-entry.ts";
import type { ChartKind } from "./chart-definition.ts";
import type { AreaValues } from "./view-parts.ts";
import { chartFigures } from "./figures.ts";
import { ratePer10000 } from "./rate-per-10000.ts";
import { comparators } from "./comparators.ts";
import { nationLookedAfter } from "./nation-looked-after.ts";
import { startsAndCeased } from "./starts-and-ceased.ts";
import { ageAndPlacement } from "./age-and-placement.ts";
import { homesBeforeAfter } from "./homes-before-after.ts";
import { money } from "./money.ts";
import { similarCouncils } from "./similar-councils.ts";

/** A kind with the function that gathers its data for one entry. */
export interface RegisteredKind {
  chart: ChartKind<ChartEntry, unknown>;
  gather(entry: ChartEntry): unknown;
}

function kind<E extends ChartEntry, D>(chart: ChartKind<E, D>, gather: (entry: E) => D): RegisteredKind {
  return { chart, gather } as unknown as RegisteredKind;
}

type Years = { years: { from: number; to: number } };

/** An area's values of one measure over the entry's years, named as the configuration names it. */
const valuesOf = (area: Area, e: Years, measure: Measure = "looked_after_31_march", unit: Unit = "rate_per_10000"): AreaValues => ({
  name: area.name,
  key: area.key,
  shortLabel: area.shortLabel,
  prose: area.prose,
  values: series(area.code, measure, unit, e.years.from, e.years.to),
});

export const kinds: Readonly<Record<string, RegisteredKind>> = {
  "rate-per-10000": kind(ratePer10000, (e) => ({ areas: [siteConfig().councilArea, theArea("nation"), theArea("region")].map((a) => valuesOf(a, e)) })),
  comparators: kind(comparators, (e) => ({ areas: [siteConfig().councilArea, ...areasWithRole("comparator")].map((a) => valuesOf(a, e)) })),
  "nation-looked-after": kind(nationLookedAfter, (e) => {
    const claimed = chartFigures(siteConfig().paths.content).get(e.claimed);
    if (!claimed || claimed.parts.length !== 1) throw new Error(`chart entry of kind nation-looked-after: claimed: "${e.claimed}" is not a single figure of the figures registry`);
    return { ...valuesOf(theArea("nation"), e, "looked_after_31_march", "number"), claimed: { value: claimed.parts[0]!.value, sourceId: claimed.sourceIds[0]! } };
  }),
  "starts-and-ceased": kind(startsAndCeased, (e) => {
    const council = siteConfig().councilArea;
    return { area: council.name, started: valuesOf(council, e, "started", "number").values, ceased: valuesOf(council, e, "ceased", "number").values };
  }),
  "age-and-placement": kind(ageAndPlacement, (e) => ({ area: siteConfig().councilArea.name, rows: agePlacement().filter((r) => r.year >= e.years.from && r.year <= e.years.to) })),
  "homes-before-after": kind(homesBeforeAfter, () => ({ accounts: homesAccounts() })),
  money: kind(money, () => ({ figures: moneyFigures() })),
  "similar-councils": kind(similarCouncils, () => {
    const years = councilYears();
    const [council, nation] = [siteConfig().councilArea, theArea("nation")];
    const span = { years: { from: years[0]!, to: years.at(-1)! } };
    return {
      council,
      nation,
      years,
      councils: councilLookedAfter(),
      nationRate: valuesOf(nation, span).values,
      nationNumber: valuesOf(nation, span, "looked_after_31_march", "number").values,
      neighbours: statisticalNeighbours(council.code),
      areaChanges: areaChanges(),
      rank: rankIn,
      comparison: (year: number) => neighbourComparison(year, council.code),
    };
  }),
};
