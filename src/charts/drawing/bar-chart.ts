/**
 * Horizontal bars, one row each, made of segments (stacked parts or a low–high range),
 * drawn with Plot. Each row's name sits on its own line above its bar, so long names
 * need no left margin and the same layout reads at 320 px. Segments are labelled
 * directly; a thin gap in the background colour separates neighbours so adjacent
 * colours never have to contrast with each other.
 * Pure: `(data, options) → SVG element`, drawn with the document it is given.
 */
import * as Plot from "@observablehq/plot";
import type { DrawOptions } from "../types.ts";
import { seriesColour } from "./palette.ts";
import { tagMarks } from "./tag-marks.ts";
import { CHART_FONT_SIZE, houseStyle } from "./house-style.ts";

/** One segment of one row, from x1 to x2. */
export interface BarSegment {
  row: string;
  /** Series key: the legend entry and colour this segment belongs to. */
  series: string;
  x1: number;
  x2: number;
  /** Text inside the segment (or after the bar when it does not fit). */
  label: string;
  /** Shorter text for when the label does not fit. */
  shortLabel?: string;
  /** Tooltip text. */
  tip: string;
}

export interface BarChartOptions extends DrawOptions {
  /** Series keys in palette order. */
  series: string[];
  /** Row names in drawing order, top to bottom. */
  rows: string[];
  /** x axis label and tick format. */
  xLabel: string;
  tickFormat?: (d: number) => string;
  /** Palette index of each series, where it is not its position in `series`. */
  colours?: Record<string, number>;
  /** Upper end of the x axis; defaults to the largest x2. */
  xMax?: number;
}

const LABEL_BAND = (row: string) => `label:${row}`;
// Text width estimate for deciding if a bold label fits: system sans at about 0.6 em a character.
const textWidth = (s: string, fontSize: number) => s.length * fontSize * 0.6;

/** Draw the chart; returns Plot's SVG element. */
export function barChart(data: BarSegment[], options: BarChartOptions): SVGSVGElement {
  const { document, width, narrow, series, rows, xLabel, tickFormat } = options;
  const fontSize = CHART_FONT_SIZE;
  // Room for half the first tick label ("£0m"), centred on the axis's zero, inside the drawing.
  const marginLeft = 16;
  // On a phone, room after the bar for "4 disabled"; kept small so a short segment's
  // "4 (ours)" still fits inside its bar.
  const marginRight = narrow ? 72 : 150;
  // Text inside bars is a size smaller on narrow screens, so short segments keep their words.
  const insideSize = fontSize;
  const xMax = options.xMax ?? Math.max(...data.map((d) => d.x2));
  const pxPerUnit = (width - marginLeft - marginRight) / xMax;
  // Each row is two equal bands, its name and its bar. A bar of 0.85 × 38 units stays at
  // least 24 px tall (a touch target) when the 360-unit narrow layout is shown 288 px wide.
  const step = narrow ? 38 : 34;
  const marginTop = 10;
  const marginBottom = 36;
  const height = options.height || marginTop + marginBottom + Math.ceil(rows.length * 2 * step * 1.02);
  const domain = rows.flatMap((r) => [LABEL_BAND(r), r]);

  const inside: (BarSegment & { text: string })[] = [];
  const outside: (BarSegment & { text: string })[] = [];
  for (const row of rows) {
    const segs = data.filter((d) => d.row === row).sort((a, b) => a.x1 - b.x1);
    segs.forEach((s, k) => {
      const room = (s.x2 - s.x1) * pxPerUnit - 4;
      if (textWidth(s.label, insideSize) <= room) inside.push({ ...s, text: s.label });
      else if (k === segs.length - 1) {
        // After the bar: the full label if the margin holds it, else the short one.
        const spare = marginRight + (xMax - s.x2) * pxPerUnit - 10;
        outside.push({ ...s, text: textWidth(s.label, fontSize) <= spare || !s.shortLabel ? s.label : s.shortLabel });
      } else if (s.shortLabel && textWidth(s.shortLabel, insideSize) <= room) inside.push({ ...s, text: s.shortLabel });
    });
  }

  const marks: Plot.Markish[] = [];
  series.forEach((key, i) => {
    const segs = data.filter((d) => d.series === key);
    if (segs.length === 0) return;
    marks.push(
      Plot.barX(segs, { x1: "x1", x2: "x2", y: "row", fill: seriesColour(options.colours?.[key] ?? i), stroke: "var(--bg)", strokeWidth: 2, className: "chart-points", render: tagMarks(segs, key, (d) => d.tip) }),
    );
  });
  marks.push(
    Plot.ruleX([0]),
    // A row's name wraps to the drawing's width (Plot's lineWidth, in ems of its own estimate,
    // which runs narrower than bold text: hence the allowance), so it is never cut at its edge.
    Plot.text(rows, { x: 0, y: (r: string) => LABEL_BAND(r), text: (r: string) => r, textAnchor: "start", fill: "currentColor", fontWeight: "bold", lineWidth: (width - marginLeft - 4) / fontSize / 1.2, lineHeight: 1.15 }),
    // Text inside a bar is drawn in the background colour: dark bars in light schemes, light bars in dark.
    Plot.text(inside, { x: (d: BarSegment) => (d.x1 + d.x2) / 2, y: "row", text: "text", fill: "var(--bg)", fontWeight: "bold", fontSize: insideSize }),
    Plot.text(outside, { x: "x2", y: "row", text: "text", textAnchor: "start", dx: 6, fill: "currentColor" }),
  );
  return Plot.plot({
    document,
    width,
    height,
    ...houseStyle.plot,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: { ...houseStyle.valueAxis, labelAnchor: "right", domain: [0, xMax], label: xLabel, ticks: narrow ? 4 : 6, tickFormat },
    y: { domain, axis: null, paddingInner: 0.15, paddingOuter: 0 },
    marks,
  }) as SVGSVGElement;
}
