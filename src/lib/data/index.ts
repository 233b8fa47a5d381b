/**
 * The one typed entry point to the project's data. Pages and charts ask it for series
 * and sources by key; nothing else reads the CSV files, and the browser never does.
 */
import { join, relative } from "node:path";
import { loadPackage, type LoadedPackage } from "./load-package.ts";
import type { SiteConfig } from "../../config/config.ts";
import { perSite } from "../../config/per-site.ts";
import { Missing, type Row } from "../../format/table-schema.ts";

export { Missing } from "../../format/table-schema.ts";
export { DataValidationError } from "./load-package.ts";

/** One published release a value comes from (a row of data/sources.csv). */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** What sort of source it is; decides how the site attributes what it says. */
  kind: SourceKind;
  release: string;
  url: string | null;
  published: string | null;
  licence: string;
  accessed: string | null;
  notes: string | null;
  /** Latest reporting year a statistical release covers (orders releases); null for other sources. */
  reportingYear: number | null;
  /** SHA-256 of the file the values were imported from; null where they were read by hand. */
  sha256: string | null;
}

/** The kinds of source (data/sources.csv `kind`): what the site may state and what it must attribute. */
export type SourceKind = "official statistics" | "official record" | "news release" | "press";

/** A value of the looked-after datasets' `measure` column: data/datapackage.json lists them (looked-after-terms.ts names those the engine reads). */
export type Measure = string;
/** A value of their `unit` column, likewise. */
export type Unit = string;
export type Confidence = "read" | "calc" | "press" | "unverified";

/** One value of the looked-after dataset, typed. `value` is a Missing where none is published. */
export interface LookedAfterValue {
  areaCode: string;
  areaName: string;
  /** DfE's local-authority number (all-councils data only; null elsewhere): one per council, whatever its code. */
  dfeLaNumber: number | null;
  year: number;
  measure: Measure;
  unit: Unit;
  value: number | Missing;
  sourceId: string;
  confidence: Confidence;
  revisedFrom: number | null;
  revisedFromSource: string | null;
  note: string | null;
}

/**
 * The validated data package of the site configured by `config` (its data folder; DATA_DIR
 * points tests and the bench at a copy), loaded once for it (throws DataValidationError).
 */
export const dataPackage: (config: SiteConfig) => LoadedPackage = perSite((config) => loadPackage(config.paths.data));

function rowsOf(name: string, config: SiteConfig): Row[] {
  const r = dataPackage(config).resources.get(name);
  if (!r) throw new Error(`data package has no resource "${name}"`);
  return r.rows.map((x) => x.row);
}

/** Whether the site's data package lists the resource `name`. */
export function hasResource(name: string, config: SiteConfig): boolean {
  return dataPackage(config).resources.has(name);
}

/**
 * The rows of one of the looked-after datasets (DfE's figures, money, the similar councils),
 * which a site whose story needs none leaves out of its package: no rows where it does.
 * A chart kind drawn from one names it (src/charts/kinds/index.ts), so a chart of that kind on a
 * site without it stops the build at its entry; sources.csv is always required.
 */
function storyRowsOf(name: string, config: SiteConfig): Row[] {
  return hasResource(name, config) ? rowsOf(name, config) : [];
}

const text = (v: Row[string] | undefined): string | null => (v instanceof Missing || v === undefined ? null : String(v));
const num = (v: Row[string] | undefined): number | null => (typeof v === "number" ? v : null);

/** Every source, in file order. */
export function sources(config: SiteConfig): Source[] {
  return rowsOf("sources", config).map((r) => ({
    id: String(r.id),
    title: String(r.title),
    publisher: String(r.publisher),
    kind: String(r.kind) as SourceKind,
    release: String(r.release),
    url: text(r.url),
    published: text(r.published),
    licence: String(r.licence),
    accessed: text(r.accessed),
    notes: text(r.notes),
    reportingYear: num(r.reporting_year),
    sha256: text(r.sha256),
  }));
}

/** One source by id; an unknown id is a programming error and throws. */
export function source(id: string, config: SiteConfig): Source {
  const s = sources(config).find((x) => x.id === id);
  if (!s) throw new Error(`unknown source id "${id}"`);
  return s;
}

/** Every row of the looked-after dataset. */
export function lookedAfter(config: SiteConfig): LookedAfterValue[] {
  return lookedAfterRows("looked-after", config);
}

/**
 * Every row of the all-councils dataset: each local authority's children looked after at
 * 31 March, as a number and a rate, as DfE lists them (reorganised councils under their
 * own codes; a council DfE recodes under the same DfE number, under one code; see areaChanges()).
 */
export function councilLookedAfter(config: SiteConfig): LookedAfterValue[] {
  return lookedAfterRows("looked-after-councils", config);
}

function lookedAfterRows(resource: string, config: SiteConfig): LookedAfterValue[] {
  return storyRowsOf(resource, config).map((r) => ({
    areaCode: String(r.area_code),
    areaName: String(r.area_name),
    dfeLaNumber: num(r.dfe_la_number),
    year: r.year as number,
    measure: r.measure as Measure,
    unit: r.unit as Unit,
    value: r.value instanceof Missing ? r.value : (r.value as number),
    sourceId: String(r.source_id),
    confidence: r.confidence as Confidence,
    revisedFrom: num(r.revised_from),
    revisedFromSource: text(r.revised_from_source),
    note: text(r.note),
  }));
}

/**
 * The values the data package allows in a column of a resource (its enum constraint), or
 * undefined where it sets none or has no such resource or column.
 */
export function allowedValues(resource: string, column: string, config: SiteConfig): readonly string[] | undefined {
  const field = dataPackage(config).resources.get(resource)?.resource.schema.fields.find((f) => f.name === column);
  return field?.constraints?.enum?.map(String);
}

/** Throws, naming the package, resource and column, where `value` is not one the package allows there. */
function mustAllow(resource: string, column: string, value: string, config: SiteConfig): void {
  const allowed = allowedValues(resource, column, config);
  if (allowed && !allowed.includes(value)) {
    throw new Error(`${relative(process.cwd(), join(config.paths.data, "datapackage.json"))}: resource "${resource}", field "${column}": the site reads "${value}", which its enum (${allowed.join(", ")}) does not list`);
  }
}

/** One area's values of a measure, by year ascending, optionally within [from, to]. */
export function series(areaCode: string, measure: Measure, unit: Unit, config: SiteConfig, from = -Infinity, to = Infinity): LookedAfterValue[] {
  mustAllow("looked-after", "measure", measure, config);
  mustAllow("looked-after", "unit", unit, config);
  return lookedAfter(config)
    .filter((v) => v.areaCode === areaCode && v.measure === measure && v.unit === unit && v.year >= from && v.year <= to)
    .sort((a, b) => a.year - b.year);
}

/** A value of the age-and-placement dataset's `category` column: data/datapackage.json lists them, and a chart entry names those it draws. */
export type AgePlacementCategory = string;

/** One value of the age-and-placement dataset (the council's own area). */
export interface AgePlacementValue {
  areaCode: string;
  year: number;
  breakdown: "all" | "age" | "placement";
  category: AgePlacementCategory;
  value: number | Missing;
  sourceId: string;
  confidence: Confidence;
  note: string | null;
}

/** Every row of the age-and-placement dataset, by year then file order. */
export function agePlacement(config: SiteConfig): AgePlacementValue[] {
  return storyRowsOf("age-placement", config)
    .map((r) => ({
      areaCode: String(r.area_code),
      year: r.year as number,
      breakdown: r.breakdown as AgePlacementValue["breakdown"],
      category: r.category as AgePlacementCategory,
      value: r.value instanceof Missing ? r.value : (r.value as number),
      sourceId: String(r.source_id),
      confidence: r.confidence as Confidence,
      note: text(r.note),
    }))
    .sort((a, b) => a.year - b.year);
}

/** One money figure: a single amount (low = high) or a range, in pounds. */
export interface MoneyFigure {
  id: string;
  label: string;
  partOf: string | null;
  period: string | null;
  low: number;
  high: number;
  per: "year" | null;
  sourceId: string;
  confidence: Confidence;
  note: string | null;
}

/** Every money figure, in file order. */
export function money(config: SiteConfig): MoneyFigure[] {
  return storyRowsOf("money", config).map((r) => ({
    id: String(r.id),
    label: String(r.label),
    partOf: text(r.part_of),
    period: text(r.period),
    low: r.low_gbp as number,
    high: r.high_gbp as number,
    per: text(r.per) as "year" | null,
    sourceId: String(r.source_id),
    confidence: r.confidence as Confidence,
    note: text(r.note),
  }));
}

/** One council in another's group of statistical neighbours (DfE's grouping). */
export interface StatisticalNeighbour {
  neighbourOf: string;
  areaCode: string;
  areaName: string;
  /** When the grouping came into use, YYYY-MM: an earlier grouping may have listed other councils. */
  groupingDate: string;
  sourceId: string;
  note: string | null;
}

/** The statistical neighbours of a council, in file order. */
export function statisticalNeighbours(of: string, config: SiteConfig): StatisticalNeighbour[] {
  return storyRowsOf("statistical-neighbours", config)
    .filter((r) => r.neighbour_of === of)
    .map((r) => ({
      neighbourOf: String(r.neighbour_of),
      areaCode: String(r.area_code),
      areaName: String(r.area_name),
      groupingDate: String(r.grouping_date),
      sourceId: String(r.source_id),
      note: text(r.note),
    }));
}

/** A council code that DfE's files list for only part of the years, or under a second code. */
export interface AreaChange {
  areaCode: string;
  areaName: string;
  dfeLaNumber: number;
  firstYear: number;
  lastYear: number | null;
  /** break: its own series, never joined to another; same-area: one series under projectCode. */
  treatment: "break" | "same-area";
  projectCode: string;
  relatedCodes: string[];
  note: string;
  sourceId: string;
}

/** Every reorganised or recoded council, in file order. */
export function areaChanges(config: SiteConfig): AreaChange[] {
  return storyRowsOf("area-changes", config).map((r) => ({
    areaCode: String(r.area_code),
    areaName: String(r.area_name),
    dfeLaNumber: r.dfe_la_number as number,
    firstYear: r.first_year as number,
    lastYear: num(r.last_year),
    treatment: r.treatment as AreaChange["treatment"],
    projectCode: String(r.project_code),
    relatedCodes: (text(r.related_codes) ?? "").split(" ").filter(Boolean),
    note: String(r.note),
    sourceId: String(r.source_id),
  }));
}
