/** Shapes shared by every chart: the drawing options and the view a page lays out. */
import type { Source } from "../lib/data/index.ts";

/** Options every chart drawing function takes; `document` lets it draw in Node. */
export interface DrawOptions {
  document: Document;
  width: number;
  height: number;
  /** Narrow layouts use fewer ticks and shorter labels. */
  narrow: boolean;
}

/** The data table that accompanies a chart: the same numbers, for everyone. */
export interface ChartTable {
  caption: string;
  /** Column headings; the first column holds row headings. */
  columns: string[];
  rows: string[][];
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
  /** Generated from the data: what a sighted reader would take from the chart. */
  description: string;
  svg: { wide: string; narrow: string };
  table: ChartTable;
  /** The releases the plotted values come from. */
  sources: Source[];
}
