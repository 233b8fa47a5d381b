/**
 * Keyboard, pointer and legend behaviour for one chart figure. Interaction follows
 * WCAG 1.4.13: the tooltip appears on hover, tap and keyboard focus, can be dismissed
 * with Escape without moving focus, and stays until the pointer or focus leaves the
 * chart, a tap lands outside it, or it is dismissed.
 *
 * The pointer does not have to land on a dot: anywhere over the chart, the island picks
 * the dot nearest the pointer (nearest in x, then nearest in y within that column), so a
 * finger wider than a dot still finds the value it is on. The tooltip shows that value
 * first and, under it, every other series' value in the same column. It takes no pointer
 * events, so it never stands between a finger and the next dot; moving the pointer over
 * it keeps it shown, as the pointer is still over the chart.
 */
import { select, type Selection } from "d3-selection";
import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";

export const CHART_SELECTOR = "figure.chart[data-chart]";
const SVG_NS = "http://www.w3.org/2000/svg";
// Hit areas of radius 15 user units keep a diameter of at least 24 CSS px when the
// 360-unit narrow layout is shown 288 px wide (a 320 px screen less the page's padding).
const HIT_RADIUS = 15;
// How long the tooltip waits for the pointer to reach it after leaving a point.
const HIDE_DELAY_MS = 400;

interface Point {
  el: SVGGraphicsElement;
  series: string;
  tip: string;
}

/** A dot's centre on screen. */
function centreOf(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

// Dots whose centres are within this many CSS px in x share a column (a year).
const SAME_COLUMN_PX = 1;

/**
 * The dot nearest (x, y): nearest column first, then nearest in y within it. A search by
 * hand, not d3-delaunay's Voronoi: the dots stand in columns (one per year), and a reader
 * reads a line chart by its year first, so nearest-x suits it better than nearest overall,
 * and it needs no library in the island. Ties go to the dot drawn last, which is on top.
 */
export function nearestDot(dots: { x: number; y: number }[], x: number, y: number): number {
  let best = -1;
  let bestDx = Infinity;
  let bestDy = Infinity;
  dots.forEach((d, i) => {
    const dx = Math.abs(d.x - x);
    const dy = Math.abs(d.y - y);
    const closerColumn = dx < bestDx - SAME_COLUMN_PX;
    const sameColumn = Math.abs(dx - bestDx) <= SAME_COLUMN_PX;
    if (closerColumn || (sameColumn && dy <= bestDy)) {
      best = i;
      bestDx = closerColumn ? dx : Math.min(dx, bestDx);
      bestDy = dy;
    }
  });
  return best;
}

/** Points of the SVG layout currently displayed, grouped by series in drawing order. */
function visiblePoints(figure: HTMLElement): { svg: SVGSVGElement; points: Point[] } | null {
  const svg = [...figure.querySelectorAll<SVGSVGElement>("svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return null;
  const points = [...svg.querySelectorAll<SVGGraphicsElement>("[data-series] > [data-tip]")]
    .filter((el) => el.getAttribute("data-tip"))
    .map((el) => ({ el, series: el.parentElement!.getAttribute("data-series")!, tip: el.getAttribute("data-tip")! }));
  return { svg, points };
}

const isDot = (el: Element) => el.tagName.toLowerCase() === "circle";

/**
 * The other series' dots in `p`'s column, top to bottom: one per series, leaving out a
 * series with several dots there (a group of councils drawn as one series) and `p`'s own,
 * but always any dot drawn on the same spot as `p`, which no finger could pick apart.
 */
function sameColumn(points: Point[], p: Point): Point[] {
  if (!isDot(p.el)) return [];
  const at = centreOf(p.el);
  const column = points.filter((o) => isDot(o.el) && Math.abs(centreOf(o.el).x - at.x) <= SAME_COLUMN_PX);
  const count = (series: string) => column.filter((o) => o.series === series).length;
  const onTop = (o: Point) => Math.abs(centreOf(o.el).y - at.y) <= SAME_COLUMN_PX;
  return column
    .filter((o) => o !== p && ((o.series !== p.series && count(o.series) === 1) || onTop(o)))
    .map((o) => ({ o, y: centreOf(o.el).y }))
    .sort((a, b) => a.y - b.y)
    .map(({ o }) => o);
}

/** Wire up one figure. */
export function enhanceFigure(fig: Selection<HTMLElement, unknown, null, undefined>): void {
  const figure = fig.node()!;
  const m = readMessages<{ chart: Ui["browser"]["figure"] }>(figure);
  const graphic = fig.select<HTMLDivElement>(".chart-graphic");
  if (graphic.empty()) return;
  const id = figure.dataset.chart!;
  const tooltip = graphic.append("div").attr("class", "chart-tooltip").attr("id", `${id}-tooltip`).attr("hidden", "").attr("aria-hidden", "true");
  // Inside the graphic, so the figure's figcaption stays its last child.
  const live = graphic.append("p").attr("class", "visually-hidden").attr("aria-live", "polite");
  graphic
    .attr("tabindex", "0")
    .attr("role", "group")
    .attr("aria-label", m.chart.valuesLabel)
    .classed("is-interactive", true);

  let current = -1;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const points = () => visiblePoints(figure);

  const ring = (svg: SVGSVGElement) => {
    let r = svg.querySelector<SVGRectElement>(".chart-focus-ring");
    if (!r) r = select(svg).append("rect").attr("class", "chart-focus-ring").attr("rx", 3).node()!;
    return r;
  };

  const show = (index: number, announce: boolean) => {
    const found = points();
    if (!found || found.points.length === 0) return;
    clearTimeout(hideTimer);
    current = Math.max(0, Math.min(index, found.points.length - 1));
    const p = found.points[current]!;
    const box = p.el.getBBox();
    select(ring(found.svg)).attr("x", box.x - 4).attr("y", box.y - 4).attr("width", box.width + 8).attr("height", box.height + 8).attr("hidden", null);
    // The value picked, then every other series' value in its column, top to bottom as drawn.
    tooltip.text("").attr("hidden", null).attr("data-picked", p.tip);
    tooltip.append("strong").attr("class", "chart-tooltip-picked").text(p.tip);
    for (const o of sameColumn(found.points, p)) tooltip.append("span").attr("class", "chart-tooltip-other").text(o.tip);
    const g = graphic.node()!.getBoundingClientRect();
    const r = p.el.getBoundingClientRect();
    const t = tooltip.node()!.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - g.left + r.width / 2 - t.width / 2, g.width - t.width));
    const above = r.top - g.top - t.height - 10;
    tooltip.style("left", `${left}px`).style("top", `${above >= 0 ? above : r.bottom - g.top + 10}px`);
    if (announce) live.text(p.tip);
  };

  const hide = () => {
    clearTimeout(hideTimer);
    tooltip.attr("hidden", "");
    figure.querySelectorAll(".chart-focus-ring").forEach((r) => r.setAttribute("hidden", ""));
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  // Keyboard: arrows move within a series (left/right) and between series (up/down).
  graphic.on("keydown", (event: KeyboardEvent) => {
    const found = points();
    if (!found || found.points.length === 0) return;
    const list = found.points;
    const at = current < 0 ? 0 : current;
    const here = list[at]!;
    const seriesNames = [...new Set(list.map((p) => p.series))];
    const inSeries = (s: string) => list.map((p, i) => ({ p, i })).filter((x) => x.p.series === s);
    const position = inSeries(here.series).findIndex((x) => x.i === at);
    let next: number | undefined;
    switch (event.key) {
      case "ArrowRight":
        next = current < 0 ? 0 : Math.min(at + 1, list.length - 1);
        break;
      case "ArrowLeft":
        next = current < 0 ? 0 : Math.max(at - 1, 0);
        break;
      case "ArrowDown":
      case "ArrowUp": {
        const s = seriesNames.indexOf(here.series) + (event.key === "ArrowDown" ? 1 : -1);
        const target = seriesNames[(s + seriesNames.length) % seriesNames.length]!;
        const members = inSeries(target);
        next = members[Math.min(position, members.length - 1)]!.i;
        break;
      }
      case "Home":
        next = 0;
        break;
      case "End":
        next = list.length - 1;
        break;
      case "Escape":
        if (!tooltip.node()!.hidden) hide();
        return;
      default:
        return;
    }
    event.preventDefault();
    show(next, true);
  });
  graphic.on("focus", () => {
    if (current >= 0) show(current, false);
  });
  graphic.on("blur", (event: FocusEvent) => {
    if (!graphic.node()!.contains(event.relatedTarget as Node | null)) hide();
  });
  // Escape dismisses a hover tooltip too, wherever focus is.
  select(document).on(`keydown.chart-${id}`, (event: KeyboardEvent) => {
    if (event.key === "Escape" && !tooltip.node()!.hidden) hide();
  });

  // Pointer: over the chart, the nearest dot is shown (see the top of this file); a bar is
  // its own target. A mouse shows values as it moves; a finger or pen on touching down.
  const pick = (event: PointerEvent) => {
    const found = points();
    if (!found || found.points.length === 0) return;
    const bar = (event.target as Element | null)?.closest?.("[data-series] > [data-tip]");
    let index = bar && !isDot(bar) ? found.points.findIndex((p) => p.el === bar) : -1;
    if (index < 0) {
      const dots = found.points.map((p, i) => ({ p, i })).filter(({ p }) => isDot(p.el));
      const k = nearestDot(dots.map(({ p }) => centreOf(p.el)), event.clientX, event.clientY);
      if (k >= 0) index = dots[k]!.i;
    }
    if (index >= 0) {
      if (index !== current || tooltip.node()!.hidden) show(index, false);
      else clearTimeout(hideTimer);
    } else if (event.pointerType === "mouse") hideSoon();
  };
  graphic
    .on("pointermove", (event: PointerEvent) => {
      if (event.pointerType === "mouse") pick(event);
    })
    .on("pointerdown", pick)
    // A finger lifted leaves the chart too; its tooltip stays until the next tap elsewhere.
    .on("pointerleave", (event: PointerEvent) => {
      if (event.pointerType === "mouse") hideSoon();
    });
  select(document).on(`pointerdown.chart-${id}`, (event: PointerEvent) => {
    if (!graphic.node()!.contains(event.target as Node | null)) hide();
  });

  // Each dot also gets a visible-cursor hit area of at least 24 px (the pick above does
  // not need it). Marks added later (a picked area's points) are wired when the figure says so.
  const wired = new WeakSet<Element>();
  const wire = () => {
    for (const svg of figure.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
      const hits = svg.querySelector<SVGGElement>(".chart-hits") ?? select(svg).append("g").attr("class", "chart-hits").node()!;
      const all = [...svg.querySelectorAll<SVGGraphicsElement>("[data-series] > [data-tip]")].filter((el) => el.getAttribute("data-tip") && !wired.has(el));
      all.forEach((el) => {
        wired.add(el);
        if (!isDot(el)) return;
        const c = document.createElementNS(SVG_NS, "circle");
        c.setAttribute("cx", el.getAttribute("cx") ?? "0");
        c.setAttribute("cy", el.getAttribute("cy") ?? "0");
        c.setAttribute("r", String(HIT_RADIUS));
        c.setAttribute("class", "chart-hit");
        const transform = el.parentElement?.getAttribute("transform");
        if (transform) c.setAttribute("transform", transform);
        hits.appendChild(c);
      });
    }
  };
  wire();
  figure.addEventListener("chart:points-added", () => {
    hide();
    current = -1;
    wire();
  });

  // Legend: each entry becomes a toggle that highlights its series in both layouts.
  const items = fig.selectAll<HTMLLIElement, unknown>(".chart-legend li[data-series]");
  items.each(function () {
    const li = this;
    const series = li.dataset.series!;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chart-legend-button";
    button.setAttribute("aria-pressed", "false");
    while (li.firstChild) button.appendChild(li.firstChild);
    li.appendChild(button);
    select(button).on("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      items.selectAll("button").attr("aria-pressed", "false");
      button.setAttribute("aria-pressed", String(on));
      fig.selectAll<SVGGElement, unknown>("svg.chart-svg [data-series]").classed("is-dimmed", function () {
        return on && this.getAttribute("data-series") !== series;
      });
      live.text(on ? fillSlots(m.chart.highlighting, { series: button.textContent?.trim() ?? "" }) : m.chart.highlightingOff);
    });
  });
}
