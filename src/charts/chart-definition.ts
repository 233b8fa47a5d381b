/** What each chart module exports, so the registry and pages treat all charts alike. */
import type { ChartView } from "./types.ts";

export interface ChartDefinition {
  /** Stable id: the chart's URL is /charts/<id>/ and must never change. */
  id: string;
  /** Gathers the chart's data and draws both layouts. */
  build(): ChartView;
  /** For a chart with a picker: the values the island loads, written as JSON at build time. */
  areaData?(): unknown;
}

/** Standard sizes of the two layouts, in SVG user units (the viewBox). */
export const WIDE = { width: 720, height: 400 } as const;
export const NARROW = { width: 360, height: 320 } as const;
