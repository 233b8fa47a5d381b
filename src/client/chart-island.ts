/**
 * The chart island: enhances a chart figure already on the page (static SVG drawn at
 * build time) with keyboard navigation through its data points, a tooltip on hover
 * and focus, and series highlighting from its legend. It imports d3-selection only;
 * it never draws a chart and never needs the data, which the SVG carries as
 * data-series / data-tip attributes. Without it the page is complete.
 */
import { select } from "d3-selection";
import { CHART_SELECTOR, enhanceFigure } from "./chart-figure.ts";

/** Enhance every chart figure under `root` not yet enhanced. */
export function enhanceCharts(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>(CHART_SELECTOR)) {
    if (figure.dataset.enhanced) continue;
    figure.dataset.enhanced = "true";
    enhanceFigure(select(figure));
    // Only a chart with an area picker needs its code, so it is loaded apart, on demand.
    if (figure.querySelector(".chart-picker")) void import("./area-picker.ts").then((m) => m.enhancePicker(figure));
  }
}

enhanceCharts();
