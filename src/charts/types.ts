/** Shapes shared by every chart: the drawing options and the view a page lays out. */
import type { Source } from "../lib/data/index.ts";
import type { Revision } from "../lib/data/revisions.ts";
import type { Field } from "../format/table-schema.ts";

/** Options every chart drawing function takes; `document` lets it draw in Node. */
export interface DrawOptions {
  document: Document;
  width: number;
  height: number;
  /** Narrow layouts use fewer ticks and shorter labels. */
  narrow: boolean;
}

/** A table cell showing a value that a later release revised: the table adds a note. */
export interface RevisedCell {
  text: string;
  revision: Revision;
}

/** One cell of a chart's table: its text, or a revised value with its note. */
export type TableCell = string | RevisedCell;

/** The text a cell shows, revised or not. */
export function cellString(c: TableCell): string {
  return typeof c === "string" ? c : c.text;
}

/** The data table that accompanies a chart: the same numbers, for everyone. */
export interface ChartTable {
  caption: string;
  /** Column headings; the first column holds row headings. */
  columns: string[];
  /** The first cell of each row is its heading. */
  rows: [string, ...TableCell[]][];
  /** An id per row (e.g. an area code), written as data-key so the island can find a row. */
  rowKeys?: (string | null)[];
}

/** A chart whose reader can pick one area to highlight (the choice is kept in ?area=). */
export interface ChartPicker {
  /** The select's label. */
  label: string;
  /** The first option's text: nothing picked, the chart as drawn. */
  noneText: string;
  /** Site-relative URL of the JSON the island loads once an area is picked. */
  dataUrl: string;
  /** Where each area has a page of its own, its address is this followed by the code and "/". */
  pageBase?: string;
  /** Every area that can be picked, by code, in the order offered. */
  options: { value: string; text: string }[];
}

/** One entry of a chart's legend; `series` matches the data-series of the marks it names. */
export interface LegendItem {
  series: string;
  label: string;
  /** Index into the palette (0-based), so the swatch matches the marks. */
  colour: number;
  /** A dashed line for line charts (the default), a solid block for bars. */
  swatch?: "line" | "block";
}

/**
 * What is shown, as rows for the CSV download: one row per plotted value, with the
 * release it comes from, so a reader can check every mark against its source.
 */
export interface ChartCsv {
  columns: string[];
  rows: (string | number | null)[][];
  /**
   * Definitions of columns the chart takes from the site's own data package (a generic
   * kind's x or category column), which win over the engine's (csv-schema.ts).
   */
  fields?: Readonly<Record<string, Omit<Field, "name">>>;
}

/** One chart's drawings, one per layout. */
export interface ChartLayouts {
  wide: string;
  medium?: string;
  narrow: string;
}

/** Everything a page needs to show one chart; plain data, no behaviour. */
export interface ChartView {
  id: string;
  /** States the finding, not the topic. */
  title: string;
  /** Measure, area and period. */
  subtitle: string;
  /** The SVG's accessible name. */
  alt: string;
  /**
   * Generated from the data: what a sighted reader would take from the chart, finding
   * first, in at most three sentences. It is also the SVG's description, so it stays short.
   */
  description: string;
  /** The detail after the lead, one item each (shown as a list); may be empty. */
  details: string[];
  /** The layouts (chart-definition.ts); `medium` is absent from versions recorded before it was drawn. */
  svg: ChartLayouts;
  /** Series names the marks carry, in order; the island highlights them from here. */
  legend: LegendItem[];
  table: ChartTable;
  /** The plotted values with source and release columns. */
  csv: ChartCsv;
  /** The releases the plotted values come from. */
  sources: Source[];
  /** Notes on how to read the figures (conflicts, press reports, ranges); may be empty. */
  notes: string[];
  /** What the data cannot show (the entry's `caveat`): shown in every output of the chart, images included. */
  caveat?: string;
  /** Present where the reader can pick an area to highlight. */
  picker?: ChartPicker;
}
