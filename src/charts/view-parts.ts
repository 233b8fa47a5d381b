/**
 * Pieces every chart module assembles its view from, so all charts draw both layouts,
 * name their sources and write their CSV the same way.
 */
import { formatValue, valueStatus } from "../format/missing.ts";
import type { LookedAfterValue, Source } from "../lib/data/index.ts";
import { finishSvg, newDocument } from "./drawing/render.ts";
import { MEDIUM, NARROW, WIDE, type SourceCatalogue } from "./chart-definition.ts";
import type { ChartCsv, ChartLayouts, ChartView, LegendItem, TableCell } from "./types.ts";
import type { LinePoint } from "./drawing/line-chart.ts";
import { joinAnd, listYears, type Series } from "./describe.ts";
import { Missing } from "../format/table-schema.ts";
import { fillSlots, type Ui } from "../lib/content/ui.ts";

/** Draws one layout with a fresh document. */
export type DrawLayout = (document: Document, size: { width: number; height: number }, narrow: boolean) => SVGSVGElement;

type Size = { width: number; height: number };

/**
 * Every layout, finished as named images described by `<id>-description`. The medium one
 * is drawn as the wide one is (full labels), only narrower; the narrow one has fewer ticks
 * and shorter labels.
 */
export function drawBoth(id: string, alt: string, draw: DrawLayout, sizes: { wide: Size; medium: Size; narrow: Size } = { wide: WIDE, medium: MEDIUM, narrow: NARROW }): Required<ChartLayouts> {
  const one = (variant: "wide" | "medium" | "narrow") =>
    finishSvg(draw(newDocument(), sizes[variant], variant === "narrow"), { label: alt, describedBy: `${id}-description`, variant });
  return { wide: one("wide"), medium: one("medium"), narrow: one("narrow") };
}

/** The sources named by `ids`, each once, in first-seen order. */
export function sourcesOf(ids: Iterable<string>, cat: SourceCatalogue): Source[] {
  return [...new Set(ids)].map((id) => cat.source(id));
}

/** Line points for every year in `years`; a year with no number (missing or absent) is a gap (null). */
export function toPoints(name: string, values: LookedAfterValue[], years: number[]): LinePoint[] {
  return years.map((year) => {
    const v = values.find((x) => x.year === year)?.value;
    return { series: name, year, value: typeof v === "number" ? v : null };
  });
}

/**
 * A series as the description generator reads it: every year in `years`, with the source's
 * code where a figure is missing and a flag where this site calculated the figure.
 */
export function toSeries(name: string, values: { year: number; value: number | Missing; confidence: string }[], years: number[], label?: string): Series {
  return {
    name,
    ...(label ? { label } : {}),
    readings: years.map((year) => {
      const v = values.find((x) => x.year === year);
      if (!v || v.value instanceof Missing) return { year, value: null, ...(v && v.value instanceof Missing && v.value.code ? { code: v.value.code } : {}) };
      return { year, value: v.value, ...(v.confidence === "calc" ? { calc: true } : {}) };
    }),
  };
}

/** Every year from `from` to `to`, inclusive. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * A table cell: the value, why it is missing, or that the dataset has no row for that
 * year. A value a later release revised carries its revision, which the table notes.
 */
export function cellText(values: LookedAfterValue[], year: number, cat: SourceCatalogue, w: Ui["charts"]): TableCell {
  const v = values.find((x) => x.year === year);
  if (!v) return w.notInDataset;
  const revision = typeof v.value === "number" ? cat.revision(v) : null;
  // A value we calculated (e.g. a rate from a release's own counts) says so in the table too.
  const text = v.confidence === "calc" && typeof v.value === "number" ? `${formatValue(v.value, w)} (our calculation)` : formatValue(v.value, w);
  return revision ? { text, revision } : text;
}

/** Legend entries for series drawn in palette order. */
export function legendOf(names: string[]): LegendItem[] {
  return names.map((series, colour) => ({ series, label: series, colour }));
}

const LOOKED_AFTER_COLUMNS = ["series", "area_code", "year", "measure", "unit", "value", "status", "confidence", "source_id", "source_release", "revised_from", "revised_from_release"];

/**
 * CSV rows of looked-after values exactly as plotted; missing values are blank with a
 * status. A value a later release revised gives the earlier value and its release, as
 * data/looked-after.csv records them (revised_from, revised_from_source).
 */
export function lookedAfterCsv(groups: { name: string; values: LookedAfterValue[] }[], cat: SourceCatalogue): ChartCsv {
  return {
    columns: LOOKED_AFTER_COLUMNS,
    rows: groups.flatMap((g) =>
      g.values.map((v) => [
        g.name,
        v.areaCode,
        v.year,
        v.measure,
        v.unit,
        typeof v.value === "number" ? v.value : null,
        valueStatus(v.value),
        v.confidence,
        v.sourceId,
        cat.source(v.sourceId).release,
        ...revisedColumns(v, cat),
      ]),
    ),
  };
}

/** The revised_from and revised_from_release cells: blank unless the value was revised. */
function revisedColumns(v: LookedAfterValue, cat: SourceCatalogue): [number | null, string | null] {
  const r = typeof v.value === "number" ? cat.revision(v) : null;
  return r ? [r.earlier, r.release] : [null, null];
}

/**
 * A note naming, for each series, the years shown as gaps and why, in the site's one wording
 * (missing.ts): "not in this dataset" where the data holds no value, never "has no value",
 * which would say the publisher gave none. Generated so it stays true as data is added.
 */
export function gapNote(groups: { name: string; values: LookedAfterValue[] }[], years: number[], w: Ui["charts"]): string {
  // Reason ("not in this dataset", "confidential (code "c")") → the years → the series missing them.
  const why = new Map<string, Map<string, string[]>>();
  for (const g of groups) {
    const byReason = new Map<string, number[]>();
    for (const y of years) {
      const v = g.values.find((x) => x.year === y)?.value;
      if (typeof v !== "number") byReason.set(formatValue(v, w), [...(byReason.get(formatValue(v, w)) ?? []), y]);
    }
    for (const [reason, ys] of byReason) {
      const byYears = why.get(reason) ?? new Map<string, string[]>();
      byYears.set(listYears(ys), [...(byYears.get(listYears(ys)) ?? []), g.name]);
      why.set(reason, byYears);
    }
  }
  const parts = [...why].map(([reason, byYears]) =>
    fillSlots(w.gapReason, { reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`, series: [...byYears].map(([ys, names]) => fillSlots(w.gapSeries, { names: joinAnd(names), years: ys })).join("; ") }),
  );
  const lead = w.gapsInLines;
  return [lead, ...parts].join(" ");
}

/**
 * The parts every looked-after line chart shares once its series are chosen: legend, a
 * table with a row per year, the CSV of what is shown, the sources and the gap note.
 */
export function seriesParts(groups: { name: string; values: LookedAfterValue[] }[], years: number[], caption: string, cat: SourceCatalogue, w: Ui["charts"]): Pick<ChartView, "legend" | "table" | "csv" | "sources" | "notes"> {
  const names = groups.map((g) => g.name);
  return {
    legend: legendOf(names),
    table: { caption, columns: ["Year", ...names], rows: years.map((y) => [String(y), ...groups.map((g) => cellText(g.values, y, cat, w))]) },
    csv: lookedAfterCsv(groups, cat),
    sources: sourcesOf(groups.flatMap((g) => g.values.map((v) => v.sourceId)), cat),
    notes: [gapNote(groups, years, w)],
  };
}

/** The generated notes, then the entry's own. */
export function withNotes<P extends { notes: string[] }>(parts: P, notes: readonly string[]): P {
  return { ...parts, notes: [...parts.notes, ...notes] };
}

/** One area's looked-after values as a chart draws them: its name, end label and how a sentence names it. */
export interface AreaValues {
  name: string;
  /** The area's key in the site configuration, where an entry names it. */
  key?: string | undefined;
  shortLabel?: string | undefined;
  /** How a sentence names it, where that differs from the name: "the region". */
  prose?: string | undefined;
  values: LookedAfterValue[];
}
