/**
 * The figures registry: every value prose may name, by key, built from the data package
 * (src/lib/data/index.ts) plus figures reported in the seeds and the press, which live in
 * content/ because they are claims, not statistics. Keys:
 *   <area>.<number|rate|started|ceased|started-rate|ceased-rate>.<year>   e.g. <nation key>.number.2018
 *     (<area> is an area's `key` in the site configuration, content/site.yaml)
 *   <area>.<measure>.<year>.first                  the value as first published, where revised
 *   <council area>.<category>.<year>               age and placement, e.g. <key>.aged-10-to-15.2011
 *   money.<id>                                     a money figure or range from data/money.csv
 *   calc.<name>                                    a change computed from two of the above (content/calculations.yaml)
 *   compare.<name>.<year>, <neighbour>.<unit>.<year>  the council against other councils (compare-figures.ts)
 *   <reported key>                                 a figure from content/reported-figures.yaml
 */
import { MEASURE, UNIT } from "../data/looked-after-terms.ts";
import { agePlacement, lookedAfter, money, type Confidence, type LookedAfterValue } from "../data/index.ts";
import { Missing } from "../../format/table-schema.ts";
import { formatNumber, formatPercent, percentChange } from "../../format/number.ts";
import { formatMoney } from "../../format/money.ts";
import { revisionOf } from "../data/revisions.ts";
import type { CalculatedFigure, Figure, FigurePart, FigureRegistry } from "./types.ts";
import { compareFigures } from "./compare-figures.ts";
import { calculatedFigures } from "./calculations.ts";
import type { SiteConfig } from "../../config/config.ts";

/** A figure written in content/: a claim as its source states it. */
export interface ReportedFigure {
  key: string;
  value: number;
  text: string;
  sourceId: string;
  confidence: Confidence;
  note?: string | null | undefined;
}


// Starts and ceased come as a number and as a rate per 10,000: "started", "started-rate".
const measureSlug = (v: LookedAfterValue): string =>
  v.measure === MEASURE.lookedAfter ? (v.unit === UNIT.number ? "number" : "rate") : v.unit === UNIT.number ? v.measure : `${v.measure}-rate`;


/** Builds the registry of the site configured by `config`; throws if two figures share a key or a reported figure's source is unknown. */
export function createFigureRegistry(
  config: SiteConfig,
  reported: readonly ReportedFigure[] = [],
  knownSourceIds?: ReadonlySet<string>,
  calculated: readonly CalculatedFigure[] = calculatedFigures(config),
): FigureRegistry {
  // Figure names start with each configured area's key: "<key>.rate.2018".
  const areaKeys = new Map(config.areas.map((a) => [a.code, a.key]));
  const map = new Map<string, Figure>();
  const add = (f: Figure) => {
    if (map.has(f.key)) throw new Error(`figure key "${f.key}" is defined twice`);
    map.set(f.key, f);
  };
  const one = (value: number, text = formatNumber(value)): FigurePart[] => [{ value, text }];

  for (const v of lookedAfter(config)) {
    const area = areaKeys.get(v.areaCode);
    if (!area || v.value instanceof Missing) continue;
    const key = `${area}.${measureSlug(v)}.${v.year}`;
    add({ key, parts: one(v.value), sourceIds: [v.sourceId], confidence: v.confidence, note: v.note, revision: revisionOf(v, config) });
    if (v.revisedFrom !== null && v.revisedFromSource)
      add({ key: `${key}.first`, parts: one(v.revisedFrom), sourceIds: [v.revisedFromSource], confidence: v.confidence, note: "As first published." });
  }
  for (const v of agePlacement(config)) {
    if (v.value instanceof Missing || v.category === "total") continue;
    add({ key: `${config.councilArea.key}.${v.category.replaceAll("_", "-")}.${v.year}`, parts: one(v.value), sourceIds: [v.sourceId], confidence: v.confidence, note: v.note });
  }
  for (const m of money(config)) {
    const parts = m.low === m.high ? [{ value: m.low, text: formatMoney(m.low) }] : [{ value: m.low, text: formatMoney(m.low) }, { value: m.high, text: formatMoney(m.high) }];
    add({ key: `money.${m.id}`, parts, sourceIds: [m.sourceId], confidence: m.confidence, note: m.note });
  }
  for (const c of calculated) add(calculation(map, c));
  for (const c of compareFigures(new Set(areaKeys.values()), config)) add(c);
  for (const r of reported) {
    if (knownSourceIds && !knownSourceIds.has(r.sourceId)) throw new Error(`reported figure "${r.key}": unknown source id "${r.sourceId}"`);
    add({ key: r.key, parts: [{ value: r.value, text: r.text }], sourceIds: [r.sourceId], confidence: r.confidence, note: r.note ?? null });
  }
  return { get: (key) => map.get(key), keys: () => [...map.keys()].sort() };
}

function calculation(map: ReadonlyMap<string, Figure>, { key, from, to, note, rounded }: CalculatedFigure): Figure {
  const a = map.get(from);
  const b = map.get(to);
  if (!a || !b) throw new Error(`calculated figure "${key}" needs "${from}" and "${to}"`);
  const pct = percentChange(a.parts[0]!.value, b.parts[0]!.value);
  return { key, parts: [{ value: pct, text: `${formatPercent(Math.abs(pct))}%${rounded ? ` (${rounded})` : ""}` }], sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])], confidence: "calc", note };
}
