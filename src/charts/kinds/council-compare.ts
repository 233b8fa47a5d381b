/**
 * The similar-councils chart drawn for one council, for its page at /compare/<code>/: the
 * council as the bold line, its statistical neighbours where the data lists them, the
 * nation, and a faint tick for every other council. Drawn at build time like every chart,
 * so the council is highlighted without JavaScript. The words come from the `compare`
 * section of content/ui.yaml, handed in already filled (`words`), so this module stays
 * pure and a test can give it a fixture.
 */
import { Missing, type LookedAfterValue, type StatisticalNeighbour } from "../../lib/data/index.ts";
import { formatNumber } from "../../format/number.ts";
import { rankCell, rankTip } from "./rank-text.ts";
import { missingText, valueStatus, type MissingWords } from "../../format/missing.ts";
import type { Council, Rank } from "../../lib/compare/council-pages.ts";
import type { SourceCatalogue } from "../chart-definition.ts";
import type { ChartView, TableCell } from "../types.ts";
import { STRIP_MARGIN_LEFT, STRIP_SIZES, stripChart, stripTop, type StripPoint, type StripSeries } from "../drawing/strip-chart.ts";
import { drawBoth, sourcesOf } from "../view-parts.ts";
import { describeRank, type DescribeWords } from "../describe.ts";
import type { Ui } from "../../lib/content/ui.ts";
import { seriesColour, seriesDash } from "../drawing/palette.ts";
import { joinPath } from "../drawing/join-path.ts";
import { tickPathsByArea, ticksOf, type Tick as PlacedTick } from "../drawing/tick-path.ts";
import { escapeHtml } from "../../format/escape.ts";
import { areaNameInProse } from "../../format/area-name.ts";
import { boldWidth } from "../drawing/line-chart.ts";
import { CHART_FONT_SIZE } from "../drawing/house-style.ts";

const SIZES = STRIP_SIZES;

/** The chart's words for one council, slots filled (content/ui.yaml, `compare`). */
export interface CouncilWords {
  title: string;
  subtitle: string;
  alt: string;
  caption: string;
  rankRow: string;
  /** The measure the rank is described in, and the group ranked. */
  rankMeasure: { counted: string; when: string; short: string; group: string };
  /** Legend and data-series names. */
  neighbours: string;
  context: string;
  axisLabel: string;
  unit: string;
  /** Said on the chart where the axis stops below a few councils' rates. */
  offScale: string;
  /** The engine's chart words the rank's description and the table's missing values read (charts.describe, charts.notInDataset). */
  charts: DescribeWords & Pick<Ui["charts"], "rank">;
  notes: string[];
}

/** Everything drawn for one council. */
export interface CouncilChartData {
  council: Council;
  /** Every other council, for the ticks. */
  others: readonly Council[];
  nation: { code: string; name: string; rates: LookedAfterValue[] };
  neighbours: StatisticalNeighbour[];
  years: number[];
  rank(code: string, year: number): Rank | null;
}

const points = (code: string, name: string, values: LookedAfterValue[], years: number[]): StripPoint[] =>
  years.map((year) => {
    const v = values.find((x) => x.year === year);
    return { code, name, year, value: v && typeof v.value === "number" ? v.value : null };
  });

function cell(v: LookedAfterValue | undefined, cat: SourceCatalogue, w: MissingWords): TableCell {
  if (v === undefined) return w.notInDataset;
  if (v.value instanceof Missing) return missingText(v.value.code, w);
  const revision = cat.revision(v);
  return revision ? { text: formatNumber(v.value), revision } : formatNumber(v.value);
}

/** A tenth of a user unit is finer than any screen shows; rounding cuts a page's weight by a third (as similar-councils.ts). */
const round = (s: string) => s.replace(/\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10));

/** One council's tick in one layout of the shared drawing. */
interface Tick extends PlacedTick {
  code: string;
}

/** One layout of the shared drawing: the SVG with its ticks taken out (TICKS_TOKEN marks where), and the ticks. */
/** Where the plot starts: the strip chart's left margin, which holds the axis's labels. */
const PLOT_LEFT = STRIP_MARGIN_LEFT;
/** From one line of a two-line label to the next, in px. */
const LINE_GAP = 14;

/** `name` on two lines, broken at the space that makes the longer line shortest. */
export function twoLines(name: string, width: (s: string) => number): [string, string] | [string] {
  const words = name.split(" ");
  if (words.length < 2) return [name];
  let best: [string, string] = [words.slice(0, 1).join(" "), words.slice(1).join(" ")];
  for (let k = 1; k < words.length; k++) {
    const cut: [string, string] = [words.slice(0, k).join(" "), words.slice(k).join(" ")];
    if (Math.max(...cut.map(width)) < Math.max(...best.map(width))) best = cut;
  }
  return best;
}

interface SharedLayout {
  svg: string;
  ticks: Tick[];
}

/** What every council's chart shares: every council as a tick, the nation as a line. */
export interface SharedDrawing {
  wide: SharedLayout;
  medium: SharedLayout;
  narrow: SharedLayout;
  /**
   * The top of its value axis. It stops below the few highest rates (stripTop), whose
   * ticks sit at the top edge; a council with a rate above it is drawn afresh, on an axis
   * that reaches its own rates.
   */
  top: number;
}

/** Stands for the accessible name in the shared drawing, replaced by each council's own. */
const ALT_TOKEN = "council-chart-alt";
const TICKS_TOKEN = "<!--council-chart-ticks-->";

/** The layout with its every-council ticks lifted out. */
function lift(svg: string): SharedLayout {
  const ticks: Tick[] = [];
  const out = svg.replace(/(<g\b[^>]*class="chart-context"[^>]*>)([\s\S]*?)(<\/g>)/, (_, open: string, inner: string, close: string) => {
    for (const m of inner.matchAll(/<path\b[^>]*>/g)) {
      const code = /data-area="([^"]*)"/.exec(m[0])![1]!;
      for (const t of ticksOf(/\sd="([^"]*)"/.exec(m[0])![1]!)) ticks.push({ code, ...t });
    }
    return `${open}${TICKS_TOKEN}${close}`;
  });
  if (ticks.length === 0) throw new Error("council chart: no ticks found in the shared drawing");
  return { svg: out, ticks };
}

const valuesOf = (rates: readonly LookedAfterValue[], years: readonly number[]) => rates.filter((v) => years.includes(v.year) && typeof v.value === "number").map((v) => v.value as number);

/**
 * The value axis's top that every council's chart shares: above the nation and nearly
 * every council, below the few highest rates (stripTop), so those few do not squeeze
 * the rest into the bottom of the chart.
 */
function sharedTop(data: Pick<CouncilChartData, "others" | "nation" | "years">): number {
  return stripTop(valuesOf(data.nation.rates, data.years), data.others.flatMap((c) => valuesOf(c.rates, data.years)), true).top;
}

/**
 * The drawing every council's chart starts from, drawn once a build: a tick for every
 * council and the nation's line, with no council in focus. Drawing the chart afresh for
 * each of some 150 councils cost about a quarter of a second each; highlighting a council
 * in this drawing (highlight() below) costs about a millisecond.
 */
export function sharedDrawing(id: string, data: Pick<CouncilChartData, "others" | "nation" | "years">, words: Pick<CouncilWords, "context" | "axisLabel" | "unit" | "neighbours" | "offScale">): SharedDrawing {
  const { years, nation } = data;
  const none = (series: string, colour: number): StripSeries => ({ series, label: series, colour, points: [] });
  const reference: StripSeries = { series: nation.name, label: nation.name, colour: 1, points: points(nation.code, nation.name, nation.rates, years) };
  const context = data.others.flatMap((c) => points(c.code, c.name, c.rates, years));
  const top = sharedTop(data);
  const drawn = drawBoth(id, ALT_TOKEN, (document, size, narrow) => stripChart({ document, ...size, narrow, context, contextSeries: words.context, group: none(words.neighbours, 1), reference, focus: none("focus", 0), yLabel: words.axisLabel, unit: words.unit, offScale: words.offScale, top }), SIZES);
  return { wide: lift(round(drawn.wide)), medium: lift(round(drawn.medium)), narrow: lift(round(drawn.narrow)), top };
}

/**
 * One layout of the shared drawing with `focus` drawn as the council in focus is drawn
 * (stripChart: a bold line in the first series colour, its dots, its name at the end):
 * its ticks give the positions, since they are already placed on the chart's scales, and
 * are left out, as the focus council has no tick in a chart drawn for it. Lines join
 * consecutive years only (joinPath), so a gap stays a gap. The other councils' ticks are a
 * path a council, untagged: these pages have no picker, so no tick is looked up by its council.
 */
export function highlight(layout: SharedLayout, focus: StripSeries, alt: string, unit: string, narrow: boolean): string {
  const valued = focus.points.filter((p) => p.value !== null);
  const code = focus.points[0]?.code ?? "";
  const own = layout.ticks.filter((t) => t.code === code);
  if (own.length !== valued.length) throw new Error(`${focus.label}: ${own.length} ticks in the shared drawing for ${valued.length} published values`);
  // A path a council, as the chart draws them: overlapping ticks of different councils
  // darken where many councils sit, which one path for all would not show.
  const others = tickPathsByArea(layout.ticks.filter((t) => t.code !== code));
  const at = own.map((t) => ({ x: round1((t.x1 + t.x2) / 2), y: t.y }));
  const path = joinPath(valued.map((p, k) => ({ year: p.year, x: at[k]!.x, y: at[k]!.y })));
  const tip = (p: StripPoint) => `${p.name}, ${p.year}: ${formatNumber(p.value!)} ${unit}${focus.tipExtra ? focus.tipExtra(p) : ""}`;
  const series = escapeHtml(focus.series);
  const r = narrow ? 3.5 : 4;
  const last = at.at(-1);
  const years = focus.points.map((p) => p.year);
  // The name with its latest value, as a chart drawn for the council labels its line's end.
  const name = ((n) => (valued.length ? `${n} ${formatNumber(valued.at(-1)!.value!)}` : n))(narrow ? (focus.shortLabel ?? focus.label) : focus.label);
  // The name ends above the council's last point. A name wider than the plot to the left of
  // that point ("Kingston upon Hull, City of" on a phone) would run over the axis's labels,
  // so it is set on two lines, split where the longer line is shortest, and kept clear of
  // the axis (the plot starts at PLOT_LEFT).
  const fits = (s: string) => Math.ceil(boldWidth(s, CHART_FONT_SIZE));
  const lines = last && fits(name) > last.x - PLOT_LEFT ? twoLines(name, fits) : [name];
  const labelX = last ? Math.max(last.x, PLOT_LEFT + Math.max(...lines.map(fits)) + 2) : 0;
  // Above the council's points under the name, or, where that would leave the top of the
  // data (the highest tick), below them: never across the council's own line.
  const under = at.filter((p) => p.x >= labelX - Math.max(...lines.map(fits)) - r && p.x <= labelX + r).map((p) => p.y);
  const dataTop = Math.min(...layout.ticks.map((t) => t.y));
  const aboveY = Math.min(...under) - 13;
  const fitsAbove = aboveY - (lines.length - 1) * LINE_GAP - CHART_FONT_SIZE >= dataTop;
  const baseY = last ? round1(fitsAbove ? aboveY : Math.max(...under) + 13 + CHART_FONT_SIZE + (lines.length - 1) * LINE_GAP) : 0;
  const label =
    last && valued.at(-1)!.year === years.at(-1)
      ? lines
          .map((line, i) => `<text class="chart-focus-label" x="${labelX}" y="${round1(baseY - (lines.length - 1 - i) * LINE_GAP)}" text-anchor="end" font-weight="bold" fill="${seriesColour(0)}" stroke="var(--bg)" stroke-width="4" paint-order="stroke">${escapeHtml(line)}</text>`)
          .join("")
      : "";
  const marks = [
    `<g data-series="${series}" fill="none" stroke="${seriesColour(0)}" stroke-width="3"${seriesDash(0) ? ` stroke-dasharray="${seriesDash(0)}"` : ""}><path d="${path}" /></g>`,
    `<g data-series="${series}" stroke-width="1.5" stroke="${seriesColour(0)}" fill="${seriesColour(0)}" class="chart-points">${valued.map((p, k) => `<circle data-area="${code}" data-tip="${escapeHtml(tip(p))}" r="${r}" cy="${at[k]!.y}" cx="${at[k]!.x}" />`).join("")}</g>`,
    label,
  ].join("");
  const out = layout.svg.replace(TICKS_TOKEN, [...others.values()].map((d) => `<path d="${d}" />`).join("")).replace(`aria-label="${ALT_TOKEN}"`, `aria-label="${escapeHtml(alt)}"`);
  const end = out.lastIndexOf("</svg>");
  return out.slice(0, end) + marks + out.slice(end);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The view of one council's page chart; \`id\` names its DOM ids and its downloads' chart.
 * With \`shared\` (sharedDrawing()), no neighbours to draw and every rate on the shared
 * drawing's axis, the council is highlighted in the shared drawing; otherwise the chart
 * is drawn for it.
 */
export function councilChartView(id: string, data: CouncilChartData, words: CouncilWords, cat: SourceCatalogue, shared?: SharedDrawing): ChartView {
  const { council, years, nation } = data;
  const byCode = new Map(data.others.map((c) => [c.code, c]));
  const neighbourCodes = new Set(data.neighbours.map((n) => n.areaCode));
  const focus: StripSeries = {
    series: council.name,
    label: council.name,
    colour: 0,
    points: points(council.code, council.name, council.rates, years),
    tipExtra: (p) => rankTip(data.rank(p.code, p.year), words.charts.rank),
  };
  const group: StripSeries = {
    series: words.neighbours,
    label: words.neighbours,
    colour: 4,
    points: data.neighbours.flatMap((n) => points(n.areaCode, n.areaName, byCode.get(n.areaCode)?.rates ?? [], years)),
  };
  const reference: StripSeries = { series: nation.name, label: nation.name, colour: 1, points: points(nation.code, nation.name, nation.rates, years) };
  const context = data.others.filter((c) => c.code !== council.code && !neighbourCodes.has(c.code)).flatMap((c) => points(c.code, c.name, c.rates, years));

  const latest = [...years].reverse().find((y) => data.rank(council.code, y) !== null);
  const ranked = latest === undefined ? [] : data.others.map((c) => ({ name: c.name, code: c.code, value: ((v) => (v && typeof v.value === "number" ? v.value : null))(c.rates.find((v) => v.year === latest)) }));
  const described = describeRank(
    // Named as sentences name them ("City of Bristol"), the council and the councils it is ranked among.
    ranked.filter((r) => r.value !== null).map((r) => ({ ...r, name: areaNameInProse(r.name) })),
    areaNameInProse(council.name),
    { ...words.rankMeasure, year: latest ?? years.at(-1)! },
    words.charts,
  );

  const rowOf = (name: string, values: LookedAfterValue[]): [string, ...TableCell[]] => [name, ...years.map((y) => cell(values.find((v) => v.year === y), cat, words.charts))];
  const withNeighbours = data.neighbours.length > 0;
  // The shared axis, unless the council or a neighbour comes within a tenth of its top (where
  // its dots would sit on the row of ▲ that marks the few councils above): then an axis a
  // tenth above them, as stripTop() leaves above every named series.
  const base = shared?.top ?? sharedTop(data);
  const named = [...focus.points, ...group.points].flatMap((p) => (p.value === null ? [] : [p.value]));
  const top = named.every((v) => v * 1.1 <= base) ? base : Math.max(...named) * 1.1;
  // The shared drawing serves a council on its axis with no neighbours to draw.
  const onShared = shared && !withNeighbours && top === base ? shared : undefined;
  return {
    id,
    title: words.title,
    subtitle: words.subtitle,
    alt: words.alt,
    ...described,
    svg:
      onShared
        ? { wide: highlight(onShared.wide, focus, words.alt, words.unit, false), medium: highlight(onShared.medium, focus, words.alt, words.unit, false), narrow: highlight(onShared.narrow, focus, words.alt, words.unit, true) }
        : (({ wide, medium, narrow }) => ({ wide: round(wide), medium: round(medium), narrow: round(narrow) }))(
            drawBoth(id, words.alt, (document, size, narrow) => stripChart({ document, ...size, narrow, context, contextSeries: words.context, group, reference, focus, yLabel: words.axisLabel, unit: words.unit, offScale: words.offScale, top }), SIZES),
          ),
    legend: [
      { series: council.name, label: council.name, colour: 0 },
      ...(withNeighbours ? [{ series: words.neighbours, label: words.neighbours, colour: 4 }] : []),
      { series: nation.name, label: nation.name, colour: 1 },
      { series: words.context, label: words.context, colour: 4, swatch: "block" as const },
    ],
    table: {
      caption: words.caption,
      columns: ["Area", ...years.map(String)],
      rows: [
        rowOf(council.name, council.rates),
        ...data.neighbours.map((n) => rowOf(n.areaName, byCode.get(n.areaCode)?.rates ?? [])),
        rowOf(nation.name, nation.rates),
        [words.rankRow, ...years.map((y) => rankCell(data.rank(council.code, y), words.charts.rank))],
      ],
      rowKeys: [council.code, ...data.neighbours.map((n) => n.areaCode), nation.code, null],
    },
    csv: {
      columns: ["series", "area_code", "area_name", "year", "measure", "unit", "value", "status", "dfe_code", "source_id", "source_release"],
      rows: [
        ...[...council.rates, ...council.numbers].map((v) => [council.name, v.areaCode, v.areaName, v.year, v.measure, v.unit, typeof v.value === "number" ? v.value : null, valueStatus(v.value), v.value instanceof Missing ? v.value.code : null, v.sourceId, cat.source(v.sourceId).release]),
      ],
    },
    sources: sourcesOf([...council.rates.map((v) => v.sourceId), ...nation.rates.map((v) => v.sourceId), ...data.neighbours.map((n) => n.sourceId)], cat),
    notes: words.notes,
  };
}
