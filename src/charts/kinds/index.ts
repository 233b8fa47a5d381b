/**
 * Every kind of chart the engine can draw, by the name a content entry gives as `kind`,
 * with the glue that gathers each one's data: the only place chart drawing meets the data
 * package and the site configuration. A site builds the kinds its content/charts/ names,
 * and only those.
 */
import { MEASURE, UNIT } from "../../lib/data/looked-after-terms.ts";
import { agePlacement, areaChanges, councilLookedAfter, dataPackage, money as moneyFigures, series, statisticalNeighbours, type Measure, type Unit } from "../../lib/data/index.ts";
import { homesAccounts } from "../../lib/data/homes.ts";
import { councilYears, neighbourComparison, rankIn } from "../../lib/compare/councils.ts";
import { areasWithRole, theArea, type Area, type SiteConfig } from "../../config/config.ts";
import type { ChartEntry } from "../../schemas/chart-entry.ts";
import type { ChartKind } from "../chart-definition.ts";
import type { AreaValues } from "../view-parts.ts";
import { figureRegistry } from "../../lib/figures/site-registry.ts";
import { ratePer10000 } from "./rate-per-10000.ts";
import { comparators } from "./comparators.ts";
import { nationLookedAfter } from "./nation-looked-after.ts";
import { startsAndCeased } from "./starts-and-ceased.ts";
import { ageAndPlacement } from "./age-and-placement.ts";
import { homesBeforeAfter } from "./homes-before-after.ts";
import { money } from "./money.ts";
import { similarCouncils } from "./similar-councils.ts";
import { genericLine } from "./generic-line.ts";
import { genericBar } from "./generic-bar.ts";
import { ui } from "../../lib/content/ui.ts";
import type { SiteTable, TableLookup } from "../site-table.ts";

/** A kind with the function that gathers its data for one entry. */
export interface RegisteredKind {
  chart: ChartKind<ChartEntry, unknown>;
  /** Gathers one entry's data, for the site whose configuration it is handed. */
  gather(entry: ChartEntry, config: SiteConfig): unknown;
  /**
   * The resources of data/datapackage.json the kind reads, by name. A site whose story needs
   * none of them leaves them out of its package; an entry of a kind whose resource is not
   * there stops the build at its `kind` (entries.ts).
   */
  resources: readonly string[];
}

function kind<E extends ChartEntry, D>(chart: ChartKind<E, D>, gather: (entry: E, config: SiteConfig) => D, resources: readonly string[] = []): RegisteredKind {
  return { chart, gather, resources } as unknown as RegisteredKind;
}

const LOOKED_AFTER = ["looked-after"];

type Years = { years: { from: number; to: number } };

/** An area's values of one measure over the entry's years, named as the configuration names it. */
const valuesOf = (area: Area, e: Years, config: SiteConfig, measure: Measure = MEASURE.lookedAfter, unit: Unit = UNIT.rate): AreaValues => ({
  name: area.name,
  key: area.key,
  shortLabel: area.shortLabel,
  prose: area.prose,
  values: series(area.code, measure, unit, config, e.years.from, e.years.to),
});

/** The resources of the data package of the site configured by `config`, by name, as the generic kinds read them. */
export const siteTables =
  (config: SiteConfig): TableLookup =>
  (name) => {
    const r = dataPackage(config).resources.get(name);
    return r ? { name, file: r.file, fields: r.resource.schema.fields, rows: r.rows } : undefined;
  };

/** The table a generic kind's entry names; its entry was checked against the package before the build drew anything. */
const tableOf = (e: { data: { resource: string } }, config: SiteConfig): SiteTable => {
  const t = siteTables(config)(e.data.resource);
  if (!t) throw new Error(`"${e.data.resource}" is not a resource of the site's data/datapackage.json`);
  return t;
};

export const kinds: Readonly<Record<string, RegisteredKind>> = {
  "rate-per-10000": kind(ratePer10000, (e, config) => ({ areas: [config.councilArea, theArea("nation", config), theArea("region", config)].map((a) => valuesOf(a, e, config)) }), LOOKED_AFTER),
  comparators: kind(comparators, (e, config) => ({ areas: [config.councilArea, ...areasWithRole("comparator", config)].map((a) => valuesOf(a, e, config)) }), LOOKED_AFTER),
  "nation-looked-after": kind(nationLookedAfter, (e, config) => {
    const claimed = figureRegistry(config.paths.content, config).get(e.claimed);
    if (!claimed || claimed.parts.length !== 1) throw new Error(`chart entry of kind nation-looked-after: claimed: "${e.claimed}" is not a single figure of the figures registry`);
    return { ...valuesOf(theArea("nation", config), e, config, MEASURE.lookedAfter, UNIT.number), claimed: { value: claimed.parts[0]!.value, sourceId: claimed.sourceIds[0]! } };
  }, LOOKED_AFTER),
  "starts-and-ceased": kind(startsAndCeased, (e, config) => {
    const council = config.councilArea;
    return { area: council.name, started: valuesOf(council, e, config, MEASURE.started, UNIT.number).values, ceased: valuesOf(council, e, config, MEASURE.ceased, UNIT.number).values };
  }, LOOKED_AFTER),
  "age-and-placement": kind(ageAndPlacement, (e, config) => ({ area: config.councilArea.name, rows: agePlacement(config).filter((r) => r.year >= e.years.from && r.year <= e.years.to) }), ["age-placement"]),
  "homes-before-after": kind(homesBeforeAfter, (_e, config) => ({ accounts: homesAccounts(config) }), ["homes-accounts", "homes-counts"]),
  money: kind(money, (_e, config) => ({ figures: moneyFigures(config) }), ["money"]),
  // Generic kinds: drawn from a table the site declares in its own data/datapackage.json.
  line: kind(genericLine, (e, config) => ({ table: tableOf(e, config) })),
  bar: kind(genericBar, (e, config) => ({ table: tableOf(e, config), words: ui(config).charts.bar, missing: ui(config).charts })),
  "similar-councils": kind(similarCouncils, (_e, config) => {
    const years = councilYears(config);
    const [council, nation] = [config.councilArea, theArea("nation", config)];
    const span = { years: { from: years[0]!, to: years.at(-1)! } };
    return {
      council,
      nation,
      years,
      councils: councilLookedAfter(config),
      nationRate: valuesOf(nation, span, config).values,
      nationNumber: valuesOf(nation, span, config, MEASURE.lookedAfter, UNIT.number).values,
      neighbours: statisticalNeighbours(council.code, config),
      areaChanges: areaChanges(config),
      rank: (code: string, year: number) => rankIn(code, year, config),
      comparison: (year: number) => neighbourComparison(year, council.code, config),
    };
  }, ["looked-after", "looked-after-councils", "statistical-neighbours", "area-changes"]),
};
