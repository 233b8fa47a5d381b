/**
 * Keyboard, pointer and legend behaviour for one chart figure. Interaction follows
 * WCAG 1.4.13: the tooltip appears on hover and on keyboard focus, can be dismissed
 * with Escape without moving focus, can itself be hovered, and stays until the pointer
 * or focus leaves or it is dismissed.
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

/** Points of the SVG layout currently displayed, grouped by series in drawing order. */
function visiblePoints(figure: HTMLElement): { svg: SVGSVGElement; points: Point[] } | null {
  const svg = [...figure.querySelectorAll<SVGSVGElement>("svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return null;
  const points = [...svg.querySelectorAll<SVGGraphicsElement>("[data-series] > [data-tip]")]
    .filter((el) => el.getAttribute("data-tip"))
    .map((el) => ({ el, series: el.parentElement!.getAttribute("data-series")!, tip: el.getAttribute("data-tip")! }));
  return { svg, points };
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
    tooltip.text(p.tip).attr("hidden", null);
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

  // Pointer: each point gets a hit area of at least 24 px; bars are their own hit area.
  // Marks added later (a picked area's points) are wired when the figure says so.
  const wired = new WeakSet<Element>();
  const wire = () => {
    for (const svg of figure.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
      const hits = svg.querySelector<SVGGElement>(".chart-hits") ?? select(svg).append("g").attr("class", "chart-hits").node()!;
      const all = [...svg.querySelectorAll<SVGGraphicsElement>("[data-series] > [data-tip]")].filter((el) => el.getAttribute("data-tip") && !wired.has(el));
      all.forEach((el) => {
        wired.add(el);
        let target: Element = el;
        if (el.tagName.toLowerCase() === "circle") {
          const c = document.createElementNS(SVG_NS, "circle");
          c.setAttribute("cx", el.getAttribute("cx") ?? "0");
          c.setAttribute("cy", el.getAttribute("cy") ?? "0");
          c.setAttribute("r", String(HIT_RADIUS));
          c.setAttribute("class", "chart-hit");
          const transform = el.parentElement?.getAttribute("transform");
          if (transform) c.setAttribute("transform", transform);
          hits.appendChild(c);
          target = c;
        }
        select(target)
          .on("pointerenter", () => {
            const found = points();
            const index = found ? found.points.findIndex((p) => p.el === el) : -1;
            if (index >= 0) show(index, false);
          })
          .on("pointerleave", hideSoon);
      });
    }
  };
  wire();
  figure.addEventListener("chart:points-added", () => {
    hide();
    current = -1;
    wire();
  });
  tooltip.on("pointerenter", () => clearTimeout(hideTimer)).on("pointerleave", hideSoon);

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
