/**
 * The figures registry: every value prose may name, by key, built from the data package
 * (src/lib/data/index.ts) plus figures reported in the seeds and the press, which live in
 * content/ because they are claims, not statistics. Keys:
 *   <area>.<number|rate|started|ceased|started-rate|ceased-rate>.<year>   e.g. worcestershire.number.2018
 *   <area>.<measure>.<year>.first                  the value as first published, where revised
 *   worcestershire.<category>.<year>               age and placement, e.g. worcestershire.aged-10-to-15.2011
 *   money.<id>                                     a money figure or range from data/money.csv
 *   calc.<name>                                    a change computed from the values above
 *   compare.<name>.<year>, <neighbour>.<unit>.<year>  Worcestershire against other councils (compare-figures.ts)
 *   <reported key>                                 a figure from content/reported-figures.yaml
 */
import { AREAS, agePlacement, lookedAfter, money, type Confidence, type LookedAfterValue } from "../data/index.ts";
import { Missing } from "../data/table-schema.ts";
import { formatNumber, percentChange } from "../format/number.ts";
import { formatMoney } from "../format/money.ts";
import { revisionOf } from "../data/revisions.ts";
import type { Figure, FigurePart, FigureRegistry } from "./types.ts";
import { compareFigures } from "./compare-figures.ts";

/** A figure written in content/: a claim as its source states it. */
export interface ReportedFigure {
  key: string;
  value: number;
  text: string;
  sourceId: string;
  confidence: Confidence;
  note?: string | null | undefined;
}

const AREA_SLUGS: Record<string, string> = {
  [AREAS.england]: "england",
  [AREAS.westMidlands]: "west-midlands",
  [AREAS.worcestershire]: "worcestershire",
  [AREAS.essex]: "essex",
  [AREAS.northYorkshire]: "north-yorkshire",
};

// Starts and ceased come as a number and as a rate per 10,000: "started", "started-rate".
const measureSlug = (v: LookedAfterValue): string =>
  v.measure === "looked_after_31_march" ? (v.unit === "number" ? "number" : "rate") : v.unit === "number" ? v.measure : `${v.measure}-rate`;


/** Builds the registry; throws if two figures share a key or a reported figure's source is unknown. */
export function createFigureRegistry(reported: readonly ReportedFigure[] = [], knownSourceIds?: ReadonlySet<string>): FigureRegistry {
  const map = new Map<string, Figure>();
  const add = (f: Figure) => {
    if (map.has(f.key)) throw new Error(`figure key "${f.key}" is defined twice`);
    map.set(f.key, f);
  };
  const one = (value: number, text = formatNumber(value)): FigurePart[] => [{ value, text }];

  for (const v of lookedAfter()) {
    const area = AREA_SLUGS[v.areaCode];
    if (!area || v.value instanceof Missing) continue;
    const key = `${area}.${measureSlug(v)}.${v.year}`;
    add({ key, parts: one(v.value), sourceIds: [v.sourceId], confidence: v.confidence, note: v.note, revision: revisionOf(v) });
    if (v.revisedFrom !== null && v.revisedFromSource)
      add({ key: `${key}.first`, parts: one(v.revisedFrom), sourceIds: [v.revisedFromSource], confidence: v.confidence, note: "As first published." });
  }
  for (const v of agePlacement()) {
    if (v.value instanceof Missing || v.category === "total") continue;
    add({ key: `worcestershire.${v.category.replaceAll("_", "-")}.${v.year}`, parts: one(v.value), sourceIds: [v.sourceId], confidence: v.confidence, note: v.note });
  }
  for (const m of money()) {
    const parts = m.low === m.high ? [{ value: m.low, text: formatMoney(m.low) }] : [{ value: m.low, text: formatMoney(m.low) }, { value: m.high, text: formatMoney(m.high) }];
    add({ key: `money.${m.id}`, parts, sourceIds: [m.sourceId], confidence: m.confidence, note: m.note });
  }
  for (const c of calculations(map)) add(c);
  for (const c of compareFigures(new Set(Object.values(AREA_SLUGS)))) add(c);
  for (const r of reported) {
    if (knownSourceIds && !knownSourceIds.has(r.sourceId)) throw new Error(`reported figure "${r.key}": unknown source id "${r.sourceId}"`);
    add({ key: r.key, parts: [{ value: r.value, text: r.text }], sourceIds: [r.sourceId], confidence: r.confidence, note: r.note ?? null });
  }
  return { get: (key) => map.get(key), keys: () => [...map.keys()].sort() };
}

/** Percentage changes the site states, computed here so the prose never holds a hand-typed result. */
function calculations(map: ReadonlyMap<string, Figure>): Figure[] {
  const change = (key: string, fromKey: string, toKey: string, note: string): Figure => {
    const a = map.get(fromKey);
    const b = map.get(toKey);
    if (!a || !b) throw new Error(`calculated figure "${key}" needs "${fromKey}" and "${toKey}"`);
    const pct = percentChange(a.parts[0]!.value, b.parts[0]!.value);
    return { key, parts: [{ value: pct, text: `${formatNumber(Math.abs(pct))}%` }], sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])], confidence: "calc", note };
  };
  return [
    change("calc.england-rise-2010-2016", "england.number.2010", "england.number.2016", "England's looked-after children, 2010 to 2016, current time series."),
    change("calc.england-rise-2010-2016-first", "england.number.2010.first", "england.number.2016.first", "England's looked-after children, 2010 to 2016, as first published."),
    change("calc.england-rise-2010-2018", "england.number.2010", "england.number.2018", "England's looked-after children, 2010 to 2018."),
    change("calc.worcestershire-below-england-rate-2014", "england.rate.2014", "worcestershire.rate.2014", "Worcestershire's rate per 10,000 against England's at 31 March 2014 (below)."),
    change("calc.worcestershire-started-fall-2018-2019", "worcestershire.started.2018", "worcestershire.started.2019", "Children starting to be looked after by Worcestershire, year to 31 March 2018 against year to 31 March 2019 (a fall)."),
    change("calc.worcestershire-rise-2010-2016", "worcestershire.number.2010", "worcestershire.number.2016", "Worcestershire's looked-after children, 2010 to 2016."),
    change("calc.aged-10-to-15-rise-2011-2017", "worcestershire.aged-10-to-15.2011", "worcestershire.aged-10-to-15.2017", "Worcestershire, aged 10 to 15, 2011 to 2017."),
    change("calc.all-ages-rise-2011-2017", "worcestershire.number.2011", "worcestershire.number.2017", "Worcestershire, all ages, 2011 to 2017."),
    change("calc.essex-fall-2011-2016", "essex.number.2011", "essex.number.2016", "Essex's looked-after children, 2011 to 2016 (a fall)."),
    change("calc.worcestershire-rise-2018-2025", "worcestershire.number.2018", "worcestershire.number.2025", "Worcestershire's looked-after children, 2018 to 2025."),
    change("calc.england-rise-2018-2025", "england.number.2018", "england.number.2025", "England's looked-after children, 2018 to 2025."),
  ];
}
