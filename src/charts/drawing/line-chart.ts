/**
 * A multi-series line chart drawn with Plot, labelled directly at each line's end.
 * Pure: `(data, options) → SVG element`, drawn with the document it is given.
 * Missing values stay null and are drawn as gaps in the line, never as zeros.
 */
import * as Plot from "@observablehq/plot";
import type { DrawOptions } from "../types.ts";
import { seriesColour, seriesDash } from "./palette.ts";
import { formatNumber } from "../../format/number.ts";
import { tagMarks } from "./tag-marks.ts";
import { dodgeLabels, labelGap } from "./dodge.ts";
import { CHART_FONT_SIZE, houseStyle } from "./house-style.ts";

/** Room a bold label of `text` takes at `fontSize`, estimated (no font metrics at build time). */
export const boldWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

/** The fewest-skipping step (1, 2 or 5 years) whose tick labels fit `room` units, about 40 each. */
export function yearStep(span: number, room: number): number {
  return [1, 2, 5, 10].find((step) => (Math.floor(span / step) + 1) * 40 <= room) ?? 10;
}

/** One point of one series; `value` null where nothing is published (drawn as a gap). */
export interface LinePoint {
  series: string;
  year: number;
  value: number | null;
}

/** A series as drawn: its key in the data, and the label at its end (shorter when narrow). */
export interface LineSeries {
  name: string;
  label?: string;
  shortLabel?: string;
}

/** A dated vertical marker; x is a fractional year (31 March of year N is N). */
export interface LineMarker {
  x: number;
  label: string;
  shortLabel?: string;
}

export interface LineChartOptions extends DrawOptions {
  /** Series in drawing order; sets each one's colour and dash. Strings are names. */
  series: (string | LineSeries)[];
  yLabel: string;
  /** Words after a value in a tooltip, e.g. "per 10,000". */
  unit?: string;
  markers?: LineMarker[];
  /** Room for the y axis' tick labels; wider for numbers in the tens of thousands. */
  marginLeft?: number;
  /** Room for the end labels; by default as much as the longest one needs. */
  marginRight?: number;
  /** Extra Plot marks drawn last (annotations particular to one chart). */
  annotations?: Plot.Markish[];
}

const asSeries = (s: string | LineSeries): LineSeries => (typeof s === "string" ? { name: s } : s);

/** Draw the chart; returns Plot's SVG element. */
export function lineChart(data: LinePoint[], options: LineChartOptions): SVGSVGElement {
  const { document, width, height, narrow, yLabel, unit = "", markers = [], annotations = [], marginLeft = 44 } = options;
  const series = options.series.map(asSeries);
  const years = data.map((d) => d.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const span = maxYear - minYear;
  const fontSize = CHART_FONT_SIZE;
  const maxValue = Math.max(...data.map((d) => d.value ?? 0));
  const labelOf = (s: LineSeries) => (narrow ? (s.shortLabel ?? s.label ?? s.name) : (s.label ?? s.name));
  const lastOf = (s: LineSeries) => data.filter((d) => d.series === s.name && d.value !== null).at(-1);
  const endText = (s: LineSeries) => ((last) => (last && last.year === maxYear ? `${labelOf(s)} ${formatNumber(last.value!)}` : ""))(lastOf(s));
  const marginRight = options.marginRight ?? Math.ceil(Math.max(24, ...series.map((s) => boldWidth(endText(s), fontSize) + 14)));
  const room = width - marginLeft - marginRight;
  const step = yearStep(span, room);
  // A marker's label runs left from its line: the long one where it fits before the y axis.
  const markerText = (m: LineMarker) => {
    const left = ((m.x - minYear) / span) * room - 4;
    return narrow || m.label.length * fontSize * 0.6 > left ? (m.shortLabel ?? m.label) : m.label;
  };
  const ticks = [...new Set(years)].filter((y) => (y - minYear) % step === 0);
  const tip = (d: LinePoint) => `${labelOf(series.find((s) => s.name === d.series)!)}, ${d.year}: ${formatNumber(d.value!)}${unit ? ` ${unit}` : ""}`;

  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  markers.forEach((m, i) => {
    marks.push(
      Plot.ruleX([m.x], { stroke: "currentColor", strokeOpacity: 0.7, strokeDasharray: "3,3" }),
      // Markers close together would print over each other; each gets its own line.
      Plot.text([m], { x: "x", frameAnchor: "top", text: markerText, textAnchor: "end", dx: -4, dy: 2 + i * (fontSize + 3) - markers.length * (fontSize + 3), fill: "currentColor" }),
    );
  });
  const ends: { point: LinePoint; index: number }[] = [];
  series.forEach((s, i) => {
    const points = data.filter((d) => d.series === s.name);
    const shown = points.filter((d) => d.value !== null);
    marks.push(
      Plot.lineY(points, { x: "year", y: "value", stroke: seriesColour(i), strokeWidth: 2.5, strokeDasharray: seriesDash(i), render: tagMarks(points, s.name) }),
      Plot.dot(shown, { x: "year", y: "value", fill: seriesColour(i), r: narrow ? 2.5 : 3, className: "chart-points", render: tagMarks(shown, s.name, tip) }),
    );
    const last = shown.at(-1);
    if (last) ends.push({ point: last, index: i });
  });
  marks.push(...annotations);

  const plotOptions = {
    document,
    width,
    height,
    ...houseStyle.plot,
    marginRight,
    marginLeft,
    marginTop: 20 + markers.length * (fontSize + 3),
    x: { ...houseStyle.yearAxis, domain: [minYear, maxYear], ticks },
    // Headroom above the highest value keeps labels over line ends inside the frame.
    y: { ...houseStyle.valueAxis, label: yLabel, domain: [0, maxValue * 1.08], nice: true },
  };
  // First pass finds where each line ends on screen, so the labels can be moved apart.
  // A line that stops early is labelled above its last point instead, clear of the others.
  const probe = Plot.plot({ ...plotOptions, marks });
  const y = probe.scale("y")!;
  const atEnd = ends.filter((e) => e.point.year === maxYear);
  const early = ends.filter((e) => e.point.year !== maxYear);
  const at = atEnd.map((e) => y.apply!(e.point.value) as number);
  // Kept within the plot's height, so a label never leaves the drawing.
  const [bottom, top] = y.range as [number, number];
  const placed = dodgeLabels(at, labelGap(fontSize), top, bottom);
  const endLabel = (e: { point: LinePoint; index: number }, placement: { textAnchor: "start" | "middle"; dx: number; dy: number }) =>
    Plot.text([e.point], {
      x: "year",
      y: "value",
      text: (d: LinePoint) => `${labelOf(series[e.index]!)} ${formatNumber(d.value!)}`,
      ...placement,
      fill: seriesColour(e.index),
      fontWeight: "bold",
    });
  atEnd.forEach((e, k) => marks.push(endLabel(e, { textAnchor: "start", dx: 8, dy: placed[k]! - at[k]! })));
  early.forEach((e) => marks.push(endLabel(e, { textAnchor: "middle", dx: 0, dy: -(fontSize + 2) })));
  return Plot.plot({ ...plotOptions, marks }) as SVGSVGElement;
}
