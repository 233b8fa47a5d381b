/**
 * The /timeline/ island: enhances the static SVG already on the page. Adds zoom and pan
 * (pointer: drag, Ctrl+wheel, pinch; keyboard: buttons and keys), arrow-key movement and a
 * details panel for the focused event, and filtering by kind (drawing and list together).
 * Only the d3 modules it needs are imported, and it is bundled as an external file.
 */
import { axisBottom } from "d3-axis";
import { scaleUtc, type ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from "d3-zoom";

const ZOOM_STEP = 1.6;
const PAN_STEP = 120;

class TimelineChart extends HTMLElement {
  connectedCallback(): void {
    const svgEl = this.querySelector<SVGSVGElement>("svg.timeline-svg");
    const controls = this.querySelector<HTMLElement>("[data-controls]");
    if (!svgEl || !controls) return;
    const m = readMessages<Ui["browser"]["timeline"]>(this);
    const [d0, d1] = svgEl.dataset.domain!.split("/").map((d) => new Date(`${d}T00:00:00Z`)) as [Date, Date];
    const [r0, r1] = svgEl.dataset.range!.split("/").map(Number) as [number, number];
    const height = Number(svgEl.dataset.height);
    const x = scaleUtc().domain([d0, d1]).range([r0, r1]);
    const svg = select(svgEl);
    const marks = [...svgEl.querySelectorAll<SVGAElement>("a.tl-event")];
    const details = this.querySelector<HTMLElement>("[data-details]")!;
    let current: SVGAElement | undefined;
    let scaled: ScaleTime<number, number> = x;

    const redraw = (t: ZoomTransform) => {
      scaled = t.rescaleX(x);
      svg.select<SVGGElement>(".tl-axis").call(axisBottom(scaled).ticks((r1 - r0) / 90).tickSizeOuter(0));
      const asOf = svgEl.querySelector<SVGGElement>(".tl-asof")!;
      const ax = scaled(new Date(`${asOf.dataset.date}T00:00:00Z`));
      for (const line of asOf.querySelectorAll("line")) {
        line.setAttribute("x1", String(ax));
        line.setAttribute("x2", String(ax));
      }
      asOf.querySelector("text")?.setAttribute("x", String(ax));
      for (const a of marks) {
        const start = scaled(new Date(`${a.dataset.start}T00:00:00Z`));
        const point = a.querySelector("path");
        if (point) {
          point.setAttribute("transform", `translate(${start},${point.dataset.cy})`);
          continue;
        }
        const rect = a.querySelector("rect")!;
        const end = a.dataset.end ? scaled(new Date(`${a.dataset.end}T00:00:00Z`)) : start + 36;
        rect.setAttribute("x", String(start));
        rect.setAttribute("width", String(Math.max(end - start, 8)));
      }
    };

    const zoom: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 60])
      .extent([[r0, 0], [r1, height]])
      .translateExtent([[r0, 0], [r1, height]])
      // The wheel scrolls the page unless Ctrl or Cmd is held, so the drawing never traps it.
      .filter((e: Event) => (e.type === "wheel" ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
      .on("zoom", (e: { transform: ZoomTransform }) => redraw(e.transform));
    svg.call(zoom);

    const visible = () => marks.filter((a) => a.style.display !== "none");
    const describe = (a: SVGAElement) => {
      details.textContent = a.getAttribute("aria-label");
    };
    const focusMark = (a: SVGAElement) => {
      current?.removeAttribute("data-current");
      current = a;
      a.setAttribute("data-current", "");
      // Keep the focused event inside the visible range.
      const px = scaled(new Date(`${a.dataset.start}T00:00:00Z`));
      if (px < r0 || px > r1) zoom.translateBy(svg, ((r0 + r1) / 2 - px) / zoomTransform(svgEl).k, 0);
      a.focus();
      describe(a);
    };

    // translateBy works in unzoomed units, so dividing by k pans a fixed number of screen pixels.
    const act = (action: string) => {
      if (action === "zoom-in") zoom.scaleBy(svg, ZOOM_STEP);
      else if (action === "zoom-out") zoom.scaleBy(svg, 1 / ZOOM_STEP);
      else if (action === "pan-earlier") zoom.translateBy(svg, PAN_STEP / zoomTransform(svgEl).k, 0);
      else if (action === "pan-later") zoom.translateBy(svg, -PAN_STEP / zoomTransform(svgEl).k, 0);
      else if (action === "reset") zoom.transform(svg, zoomIdentity);
    };
    for (const b of controls.querySelectorAll<HTMLButtonElement>("button[data-action]")) b.addEventListener("click", () => act(b.dataset.action!));

    svgEl.addEventListener("keydown", (e) => {
      const list = visible();
      const i = current ? list.indexOf(current) : -1;
      const go = (j: number) => list[Math.max(0, Math.min(list.length - 1, j))];
      let target: SVGAElement | undefined;
      switch (e.key) {
        case "ArrowRight": case "ArrowDown": target = go(i + 1); break;
        case "ArrowLeft": case "ArrowUp": target = go(i - 1); break;
        case "Home": target = go(0); break;
        case "End": target = go(list.length - 1); break;
        case "+": case "=": act("zoom-in"); break;
        case "-": case "_": act("zoom-out"); break;
        case "PageUp": act("pan-earlier"); break;
        case "PageDown": act("pan-later"); break;
        case "0": act("reset"); break;
        default: return;
      }
      e.preventDefault();
      if (target) focusMark(target);
    });
    for (const a of marks) {
      a.addEventListener("focus", () => {
        current?.removeAttribute("data-current");
        current = a;
        a.setAttribute("data-current", "");
        describe(a);
      });
      a.addEventListener("pointerenter", () => describe(a));
      // Only one event is in the tab order; arrows move between them (a roving tab stop).
      a.setAttribute("tabindex", a === marks[0] ? "0" : "-1");
      a.addEventListener("focus", () => {
        for (const m of marks) m.setAttribute("tabindex", m === a ? "0" : "-1");
      });
    }
    svgEl.setAttribute("aria-describedby", "timeline-help");

    // Filtering hides the same events in the drawing and the list.
    const items = [...document.querySelectorAll<HTMLElement>(".timeline-list > li[data-kind]")];
    const boxes = [...controls.querySelectorAll<HTMLInputElement>("input[name=kind]")];
    const applyFilter = () => {
      const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
      for (const a of marks) a.style.display = shown.has(a.dataset.kind!) ? "" : "none";
      for (const li of items) li.hidden = !shown.has(li.dataset.kind!);
      const n = items.filter((li) => !li.hidden).length;
      details.textContent = fillSlots(m.showing, { shown: n, total: items.length });
      const first = visible()[0];
      for (const m of marks) m.setAttribute("tabindex", m === first ? "0" : "-1");
    };
    for (const b of boxes) b.addEventListener("change", applyFilter);

    // The island loads on the reader's first focus into the timeline, so an event may
    // already have focus: start the arrow keys from there.
    const focused = marks.find((a) => a === document.activeElement);
    if (focused) {
      current = focused;
      focused.setAttribute("data-current", "");
      describe(focused);
    }
    controls.hidden = false;
  }
}

customElements.define("timeline-chart", TimelineChart);
