/**
 * What each chart kind exports, so the registry and pages treat all charts alike. A kind
 * is pure: it draws from the data, the content entry, the settings and the source catalogue
 * it is handed, so a test can hand it a fixture. Reading the data package and the site
 * configuration is the registry's work (kinds/index.ts, index.ts).
 */
import type { Ui } from "../schemas/ui.ts";
import type { ZodType } from "astro/zod";
import type { ChartEntry } from "../schemas/chart-entry.ts";
import type { BoundValues } from "./bind.ts";
import type { ChartView } from "./types.ts";
import type { LookedAfterValue, Source } from "../lib/data/index.ts";
import type { Revision } from "../lib/data/revisions.ts";
import type { EntryProblem, TableLookup } from "./site-table.ts";

/** The catalogue of sources a chart names its values' releases from (data/sources.csv). */
export interface SourceCatalogue {
  source(id: string): Source;
  /** A value's earlier published figure and its release, where a later release revised it. */
  revision(v: Pick<LookedAfterValue, "year" | "revisedFrom" | "revisedFromSource">): Revision | null;
}

/** What a kind's build is handed. */
export interface ChartInput<E extends ChartEntry, D> {
  /** The chart's id (its content file's name): its URL is /charts/<id>/. */
  id: string;
  /** The entry as written, for its numbers (years, markers); its words come from text(). */
  entry: E;
  /** The entry with every `{{name}}` bound to `values`; an unknown name stops the build. */
  text(values: BoundValues): E;
  /** What the kind draws, gathered for it. */
  data: D;
  /** Where each value's release is looked up. */
  sources: SourceCatalogue;
  /** The site's wording: the engine's defaults with the site's own over them. */
  ui: Ui;
}

/** A drawing module: the entry it reads, the names its words may bind, and the build. */
export interface ChartKind<E extends ChartEntry, D> {
  /** The entry's schema: the base fields and this kind's own. */
  entry: ZodType<E>;
  /** The names an entry of this kind may bind as `{{name}}`. */
  binds(entry: E): readonly string[];
  build(input: ChartInput<E, D>): ChartView;
  /** For a chart with a picker: the values the island loads, written as JSON at build time. */
  areaData?(data: D, entry: E, sources: SourceCatalogue): unknown;
  /**
   * For a kind drawn from a table of the site's own data package: problems with the
   * resource and columns the entry names, checked before anything is drawn.
   */
  problems?(entry: E, tables: TableLookup): EntryProblem[];
}

/** A chart of the site, as the registry lists it. */
export interface ChartDefinition {
  /** Stable id: the chart's URL is /charts/<id>/ and must never change. */
  id: string;
  kind: string;
  /** Place in the story. */
  order: number;
  /** The words of a link to the chart. */
  topic: string;
  /** Its content entry's text as written: a version's id hashes it with the chart's values (src/features/ledger.ts). */
  entryText: string;
  /** Gathers the chart's data and draws both layouts. */
  build(): ChartView;
  /** For a chart with a picker: the values the island loads, written as JSON at build time. */
  areaData?(): unknown;
}

/**
 * Standard sizes of the three layouts, in SVG user units (the viewBox). Chart text is
 * CHART_FONT_SIZE units (drawing/house-style.ts); CSS shows each layout at between 1 and
 * 14/12 times its width (src/styles/site.css, by the width of the chart's box, so embeds
 * follow too), so text is 12 to 14 px on screen at every width, and never one drawing
 * scaled to fit.
 */
export const WIDE = { width: 640, height: 360 } as const;
export const MEDIUM = { width: 440, height: 300 } as const;
export const NARROW = { width: 276, height: 280 } as const;
