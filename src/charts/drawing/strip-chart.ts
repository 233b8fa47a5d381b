/**
 * One council against its group and every council: for each year, a faint tick for every
 * council's value (the context), the group's members as thin lines with dots, a reference
 * line (the nation) and the focus council as a bold line. Pure: `(data, options) → SVG`.
 *
 * Every council's marks carry `data-area` (its code), so the browser island can highlight
 * a council the reader picks from the marks already drawn, without drawing the chart. Lines
 * join a series' values only in consecutive years with a value: a council that did not
 * exist in a year (DfE's "z") or a suppressed value leaves a gap, never a zero.
 */
import * as Plot from "@observablehq/plot";
import type { RenderFunction } from "@observablehq/plot";
import type { DrawOptions } from "../types.ts";
import { seriesColour, seriesDash } from "./palette.ts";
import { formatNumber } from "../../format/number.ts";
import { tagMarks } from "./tag-marks.ts";
import { tickPathsByArea } from "./tick-path.ts";
import { dodgeLabels } from "./dodge.ts";
import { CHART_FONT_SIZE, houseStyle } from "./house-style.ts";
import { boldWidth, yearStep } from "./line-chart.ts";

/** The plot's left margin, which holds the value axis's labels (council-compare.ts keeps labels clear of it). */
export const STRIP_MARGIN_LEFT = 44;

/** The strip chart's layouts: taller than the standard ones (chart-definition.ts), as wide. */
export const STRIP_SIZES = { wide: { width: 640, height: 400 }, medium: { width: 440, height: 360 }, narrow: { width: 276, height: 340 } };

/** One value of one council or area; `value` null where none is published. */
export interface StripPoint {
  code: string;
  name: string;
  year: number;
  value: number | null;
}

/** A named series drawn over the context, with its legend colour index. */
export interface StripSeries {
  /** The data-series its marks carry, as in the legend. */
  series: string;
  label: string;
  shortLabel?: string;
  colour: number;
  points: StripPoint[];
  /** Extra words after the value in its points' tooltips, by point. */
  tipExtra?: (p: StripPoint) => string;
}

export interface StripChartOptions extends DrawOptions {
  /** Every council's value, drawn as faint ticks (data-series "context"). */
  context: StripPoint[];
  contextSeries: string;
  /** Members of the group: thin lines and dots. */
  group: StripSeries;
  /** A reference area (the nation): a dashed line, labelled at its end. */
  reference: StripSeries;
  /** The council the chart is about: a bold line, labelled at its end. */
  focus: StripSeries;
  yLabel: string;
  /** Words after a value in a tooltip, e.g. "per 10,000". */
  unit: string;
  /**
   * Given, the axis stops above the named series and nearly every council (all but the
   * highest 3% of context values), so a few outliers do not squeeze the story into the
   * bottom of the chart; a context value above it is drawn at the top edge under a ▲, and
   * these words say so on the chart. Without, the axis reaches the highest value.
   */
  offScale?: string;
  /**
   * The value axis's top, where the caller chooses it (the council pages share one, so a
   * council can be drawn into a drawing made once); context values above it sit on the top
   * edge, under a ▲ where `offScale` is given. Without, stripTop() chooses.
   */
  top?: number;
}

/**
 * Redraws the every-council ticks (after `inner` has drawn a <line> a tick) as one path a
 * council, tagged data-area (tick-path.ts says why).
 */
function ticksByArea<T extends { code: string }>(inner: RenderFunction, data: readonly T[]): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = inner(index, scales, values, dimensions, context, next);
    if (!g) return g;
    const lines = [...g.children];
    const at = (line: Element | undefined, name: string) => Number(line?.getAttribute(name));
    const ticks = [...index].flatMap((i, k) => (lines[k] ? [{ code: data[i]!.code, x1: at(lines[k], "x1"), x2: at(lines[k], "x2"), y: at(lines[k], "y1") }] : []));
    g.setAttribute("fill", "none");
    g.replaceChildren(
      ...[...tickPathsByArea(ticks)].map(([code, d]) => {
        const path = context.document.createElementNS("http://www.w3.org/2000/svg", "path");
        path.setAttribute("data-area", code);
        path.setAttribute("d", d);
        return path;
      }),
    );
    return g;
  };
}

/** Adds data-area to each element a mark draws (after `inner`, e.g. tagMarks, has run). */
function withAreas<T extends { code: string }>(inner: RenderFunction, data: readonly T[]): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = inner(index, scales, values, dimensions, context, next);
    if (!g) return g;
    const kids = [...g.children];
    index.forEach((i, k) => kids[k]?.setAttribute("data-area", data[i]!.code));
    return g;
  };
}

/**
 * The top of the value axis. With `cap`, it stops a tenth above the named series and
 * nearly every council (all but the highest 3% of context values), and `capped` says
 * whether any context value lies above it; without, it is the highest value.
 */
export function stripTop(named: readonly number[], context: readonly number[], cap: boolean): { top: number; capped: boolean } {
  const sorted = [...context].sort((a, b) => a - b);
  const nearlyAll = sorted[Math.floor((sorted.length - 1) * 0.97)] ?? 0;
  const highest = Math.max(...named, ...sorted);
  const top = cap ? Math.max(...named, nearlyAll) * 1.1 : highest;
  return { top, capped: cap && highest > top };
}

/** Draw the chart; returns Plot's SVG element. */
export function stripChart(options: StripChartOptions): SVGSVGElement {
  const { document, width, height, narrow, contextSeries, group, reference, focus, yLabel, unit, offScale } = options;
  const years = [...new Set(options.context.map((d) => d.year))].sort((a, b) => a - b);
  const [minYear, maxYear] = [years[0]!, years.at(-1)!];
  const fontSize = CHART_FONT_SIZE;
  const named = [...group.points, ...reference.points, ...focus.points].map((d) => d.value ?? 0);
  const contextValues = options.context.map((d) => d.value ?? 0);
  const { top: maxValue, capped } =
    options.top === undefined ? stripTop(named, contextValues, offScale !== undefined) : { top: options.top, capped: Math.max(...named, ...contextValues) > options.top };
  // Values above the axis are drawn at its top: the tick stays (the picker finds a council by it).
  const context = capped ? options.context.map((d) => (d.value !== null && d.value > maxValue ? { ...d, value: maxValue } : d)) : options.context;
  const above = capped ? [...new Set(options.context.filter((d) => d.value !== null && d.value > maxValue).map((d) => d.year))] : [];
  const shown = (points: StripPoint[]) => points.filter((d) => d.value !== null);
  const tip = (s: StripSeries) => (d: StripPoint) => `${d.name}, ${d.year}: ${formatNumber(d.value!)} ${unit}${s.tipExtra ? s.tipExtra(d) : ""}`;
  const halfTick = narrow ? 0.22 : 0.18;
  const labelOf = (s: StripSeries) => (narrow ? (s.shortLabel ?? s.label) : s.label);

  const contextShown = shown(context);
  const marks: Plot.Markish[] = [
    Plot.ruleY([0]),
    Plot.ruleY(contextShown, {
      y: "value",
      x1: (d: StripPoint) => d.year - halfTick,
      x2: (d: StripPoint) => d.year + halfTick,
      stroke: "currentColor",
      strokeOpacity: 0.3,
      strokeWidth: 1.5,
      className: "chart-context",
      render: ticksByArea(tagMarks(contextShown, contextSeries), contextShown),
    }),
  ];
  const line = (s: StripSeries, width: number) => {
    const dots = shown(s.points);
    marks.push(
      Plot.lineY(s.points, { x: "year", y: "value", z: "code", stroke: seriesColour(s.colour), strokeWidth: width, strokeDasharray: seriesDash(s.colour), render: tagMarks(s.points, s.series) }),
      Plot.dot(dots, {
        x: "year",
        y: "value",
        fill: s === group ? "var(--bg)" : seriesColour(s.colour),
        stroke: seriesColour(s.colour),
        strokeWidth: 1.5,
        r: s === focus ? (narrow ? 3.5 : 4) : narrow ? 2.5 : 3,
        className: "chart-points",
        render: withAreas(tagMarks(dots, s.series, tip(s)), dots),
      }),
    );
  };
  line(group, 1.25);
  line(reference, 2);
  line(focus, 3);
  if (capped && offScale) {
    marks.push(
      // A ▲ on the top edge of each year with a value off the scale; the words on their own line under the axis label.
      // As quiet as the ticks it stands for, in either scheme: text colour, part transparent.
      Plot.dot(above, { x: (y: number) => y, y: () => maxValue, symbol: "triangle", r: 4, fill: "currentColor", fillOpacity: 0.6, dy: 5 }),
      Plot.text([offScale], { frameAnchor: "top-right", text: (d: string) => d, textAnchor: "end", dy: -14, fill: "currentColor" }),
    );
  }

  // Room for the longest end label (see below), and no more.
  const endText = (s: StripSeries) => ((last) => (last && last.year === maxYear ? `${labelOf(s)} ${formatNumber(last.value!)}` : ""))(shown(s.points).at(-1));
  // At most two fifths of the drawing: a longer label ("Kingston upon Hull, City of 119" on a
  // phone) wraps onto lines that fit, rather than squeezing the plot to a sliver.
  const widest = Math.max(...[focus, reference].map((s) => boldWidth(endText(s), fontSize) + 16));
  const marginRight = Math.ceil(Math.max(40, Math.min(widest, width * 0.4)));
  const lines = Math.ceil(widest / marginRight);
  const plotOptions = {
    document,
    width,
    height,
    ...houseStyle.plot,
    marginLeft: STRIP_MARGIN_LEFT,
    marginRight,
    marginTop: capped ? 20 + fontSize + 4 : 20,
    x: { ...houseStyle.yearAxis, domain: [minYear - 0.5, maxYear + 0.5], ticks: years.filter((y) => (y - minYear) % yearStep(maxYear - minYear, width - 44 - marginRight) === 0) },
    y: { ...houseStyle.valueAxis, label: yLabel, domain: [0, capped ? maxValue : maxValue * 1.04], nice: !capped, clamp: capped },
  };
  // Labels at the end of the focus and reference lines, moved apart where they would touch.
  const probe = Plot.plot({ ...plotOptions, marks });
  const y = probe.scale("y")!;
  const ends = [focus, reference].map((s) => ({ s, last: shown(s.points).at(-1) })).filter((e): e is { s: StripSeries; last: StripPoint } => e.last !== undefined && e.last.year === maxYear);
  const at = ends.map((e) => y.apply!(e.last.value) as number);
  const placed = dodgeLabels(at, (fontSize + 2) * lines);
  ends.forEach((e, k) =>
    marks.push(
      Plot.text([e.last], {
        x: "year",
        y: "value",
        text: (d: StripPoint) => `${labelOf(e.s)} ${formatNumber(d.value!)}`,
        textAnchor: "start",
        dx: 12,
        dy: placed[k]! - at[k]!,
        fill: seriesColour(e.s.colour),
        fontWeight: "bold",
        // Wrapped only where the margin stops short of the label: in ems of Plot's estimate
        // for regular text, which bold outruns by about a sixth.
        ...(widest > marginRight ? { lineWidth: (marginRight - 16) / fontSize / 1.17 } : {}),
      }),
    ),
  );
  return Plot.plot({ ...plotOptions, marks }) as SVGSVGElement;
}
