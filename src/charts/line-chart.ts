/**
 * A multi-series line chart drawn with Plot, labelled directly at each line's end.
 * Pure: `(data, options) → SVG element`, drawn with the document it is given.
 */
import * as Plot from "@observablehq/plot";
import type { DrawOptions } from "./types.ts";
import { SERIES_COLOURS, SERIES_DASHES } from "./palette.ts";
import { formatNumber } from "../lib/format/number.ts";

/** One point of one series; `value` null where nothing is published (drawn as a gap). */
export interface LinePoint {
  series: string;
  year: number;
  value: number | null;
}

export interface LineChartOptions extends DrawOptions {
  /** Series names in drawing order; sets each one's colour and dash. */
  series: string[];
  yLabel: string;
  /** Vertical markers, e.g. for a dated event: x is a fractional year. */
  markers?: { x: number; label: string }[];
}

export function lineChart(data: LinePoint[], options: LineChartOptions): SVGSVGElement {
  const { document, width, height, narrow, series, yLabel, markers = [] } = options;
  const years = data.map((d) => d.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const step = narrow ? 5 : 2;
  const ticks = years.filter((y, i, all) => all.indexOf(y) === i && (y - minYear) % step === 0);
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  series.forEach((name, i) => {
    const points = data.filter((d) => d.series === name);
    const stroke = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const strokeDasharray = SERIES_DASHES[i % SERIES_DASHES.length];
    marks.push(
      Plot.lineY(points, { x: "year", y: "value", stroke, strokeWidth: 2.5, strokeDasharray }),
      Plot.dot(points.filter((d) => d.value !== null), { x: "year", y: "value", fill: stroke, r: narrow ? 2.5 : 3 }),
    );
    const last = points.filter((d) => d.value !== null).at(-1);
    if (last) {
      marks.push(
        Plot.text([last], {
          x: "year",
          y: "value",
          text: (d: LinePoint) => `${d.series} ${formatNumber(d.value!)}`,
          textAnchor: "start",
          dx: 8,
          fill: stroke,
          fontWeight: "bold",
        }),
      );
    }
  });
  for (const m of markers) {
    marks.push(
      Plot.ruleX([m.x], { stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "3,3" }),
      Plot.text([m], { x: "x", frameAnchor: "top", text: "label", textAnchor: "start", dx: 4, dy: 2, fill: "currentColor" }),
    );
  }
  return Plot.plot({
    document,
    width,
    height,
    className: "chart-plot",
    style: { fontSize: narrow ? "12px" : "13px", background: "transparent", overflow: "visible" },
    marginRight: narrow ? 132 : 160,
    marginLeft: 44,
    marginTop: markers.length > 0 ? 28 : 20,
    x: { domain: [minYear, maxYear], ticks, tickFormat: (d: number) => String(d), label: null },
    y: { label: yLabel, grid: true, zero: true, labelAnchor: "top", labelArrow: "none" },
    marks,
  }) as SVGSVGElement;
}
