/**
 * The timeline drawn as static SVG at build time with d3 on a linkedom document: one lane
 * per kind of event, time across, a marker at the as-of date. Every event is a link to its
 * entry in the list below the drawing, so it is reachable by keyboard without JavaScript.
 * Not a registry chart (it has no /charts/ page); the /timeline/ island enhances it.
 */
import { axisBottom } from "d3-axis";
import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { EVENT_KINDS } from "../../schemas/timeline.ts";
import { anchorId, eventBounds, eventDateLabel, eventState, type TimelineEvent } from "../../lib/timeline/event.ts";
import { formatIsoDate, nextDay } from "../../format/date.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";
import type { IsoDate } from "../../config/as-of.ts";
import { newDocument, serialiseSvg } from "./render.ts";
import { KIND_MARK } from "./timeline-marks.ts";

/** Layout in SVG user units; the island reads them back from data attributes. */
export const TIMELINE_LAYOUT = { width: 960, left: 150, right: 24, top: 28, row: 22, lanePad: 8, axis: 32 } as const;

const DAY = 86_400_000;
const time = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`);
// A date whose day is unknown still needs a visible extent on screen.
const UNDATED_WIDTH = 36;
const MIN_WIDTH = 8;

export interface TimelineSvgOptions {
  asOf: IsoDate;
  /** The site's wording: the as-of marker's (timeline.asOfMark) and the names of dates and states. */
  ui: Pick<Ui, "timeline" | "names">;
  /** id of the element labelling the drawing. */
  labelledBy: string;
  document?: Document;
}

/** The timeline as SVG markup. */
export function timelineSvg(events: TimelineEvent[], { asOf, ui, labelledBy, document = newDocument() }: TimelineSvgOptions): string {
  const L = TIMELINE_LAYOUT;
  const spans = events.map((e) => {
    const b = eventBounds(e);
    return { e, start: time(b.earliest), end: b.latest === null ? null : time(nextDay(b.latest)) };
  });
  const lo = Math.min(...spans.map((s) => s.start), time(asOf));
  const hi = Math.max(...spans.map((s) => s.end ?? s.start), time(asOf));
  // Whole years either side keep the axis readable.
  const domain = [new Date(Date.UTC(new Date(lo).getUTCFullYear(), 0, 1)), new Date(Date.UTC(new Date(hi).getUTCFullYear() + 1, 0, 1))] as const;
  const x = scaleUtc().domain(domain).range([L.left, L.width - L.right]);

  // Pack each lane greedily into rows so no two marks overlap at the initial zoom.
  const placed = spans.map((s) => {
    const x0 = x(new Date(s.start));
    const x1 = s.end === null ? x0 + UNDATED_WIDTH : Math.max(x(new Date(s.end)), x0 + MIN_WIDTH);
    // Events of up to three days read better as a dot than as a sliver.
    const point = s.end !== null && s.end - s.start <= 3 * DAY;
    return { ...s, x0: point ? x0 - 6 : x0, x1: point ? x0 + 6 : x1, point, row: 0 };
  });
  const lanes = EVENT_KINDS.map((kind) => {
    const rows: number[] = [];
    for (const p of placed.filter((q) => q.e.kind === kind)) {
      let r = rows.findIndex((right) => right + 4 <= p.x0);
      if (r === -1) r = rows.push(0) - 1;
      rows[r] = p.x1;
      p.row = r;
    }
    return { kind, rows: Math.max(rows.length, 1) };
  });
  let y = L.top;
  const laneTop = new Map<string, number>();
  for (const lane of lanes) {
    laneTop.set(lane.kind, y);
    y += lane.rows * L.row + L.lanePad;
  }
  const plotBottom = y;
  const height = plotBottom + L.axis;

  const svg = select(document.body)
    .append("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("viewBox", `0 0 ${L.width} ${height}`)
    .attr("class", "timeline-svg")
    .attr("role", "group")
    .attr("aria-labelledby", labelledBy)
    .attr("data-domain", `${domain[0].toISOString().slice(0, 10)}/${domain[1].toISOString().slice(0, 10)}`)
    .attr("data-range", `${L.left}/${L.width - L.right}`)
    .attr("data-height", height);

  const defs = svg.append("defs");
  defs.append("clipPath").attr("id", "timeline-clip").append("rect").attr("x", L.left).attr("y", 0).attr("width", L.width - L.right - L.left).attr("height", height);

  // Lane rules and names are decoration for sighted readers; the list names each kind.
  const laneG = svg.append("g").attr("class", "tl-lanes").attr("aria-hidden", "true");
  for (const lane of lanes) {
    const top = laneTop.get(lane.kind)!;
    laneG.append("line").attr("x1", L.left).attr("x2", L.width - L.right).attr("y1", top + (lane.rows * L.row) / 2).attr("y2", top + (lane.rows * L.row) / 2);
    laneG
      .append("text")
      .attr("x", L.left - 10)
      .attr("y", top + (lane.rows * L.row) / 2)
      .attr("dy", "0.32em")
      .attr("text-anchor", "end")
      .text(lane.kind[0]!.toUpperCase() + lane.kind.slice(1));
  }

  svg
    .append("g")
    .attr("class", "tl-axis")
    .attr("aria-hidden", "true")
    .attr("transform", `translate(0,${plotBottom})`)
    .call(axisBottom(x).ticks(L.width / 90).tickSizeOuter(0) as never);

  const plot = svg.append("g").attr("class", "tl-plot").attr("clip-path", "url(#timeline-clip)");

  const asOfX = x(new Date(time(asOf)));
  const marker = plot.append("g").attr("class", "tl-asof").attr("aria-hidden", "true").attr("data-date", asOf);
  marker.append("line").attr("x1", asOfX).attr("x2", asOfX).attr("y1", L.top - 20).attr("y2", plotBottom);
  marker
    .append("text")
    .attr("x", asOfX)
    .attr("y", L.top - 8)
    .attr("text-anchor", asOfX > L.width - 160 ? "end" : "start")
    .attr("dx", asOfX > L.width - 160 ? -4 : 4)
    .text(fillSlots(ui.timeline.asOfMark, { date: formatIsoDate(asOf) }));

  for (const p of placed) {
    const { e } = p;
    const state = eventState(e, asOf);
    const cy = laneTop.get(e.kind)! + p.row * L.row + L.row / 2;
    const a = plot
      .append("a")
      .attr("href", `#${anchorId(e.id)}`)
      .attr("class", `tl-event tl-event--${state}`)
      .attr("data-id", e.id)
      .attr("data-kind", e.kind)
      .attr("data-state", state)
      .attr("data-start", new Date(p.start).toISOString().slice(0, 10))
      .attr("data-end", p.end === null ? "" : new Date(p.end).toISOString().slice(0, 10))
      .attr("aria-label", `${e.title}. ${eventDateLabel(e, ui.names)}. ${e.kind[0]!.toUpperCase() + e.kind.slice(1)}. ${ui.names.eventState[state]}.`);
    a.append("title").text(`${e.title}. ${eventDateLabel(e, ui.names)}`);
    // A point is drawn in its kind's shape; the island moves it by its transform, keeping
    // the lane's height from data-cy.
    if (p.point)
      a.append("path")
        .attr("d", KIND_MARK[e.kind])
        .attr("transform", `translate(${(p.x0 + p.x1) / 2},${cy})`)
        .attr("data-cy", cy);
    else
      a.append("rect")
        .attr("x", p.x0)
        .attr("y", cy - 6)
        .attr("width", p.x1 - p.x0)
        .attr("height", 12)
        .attr("rx", 3)
        .attr("data-undated", p.end === null ? "true" : null);
  }

  return serialiseSvg(svg.node() as unknown as SVGSVGElement);
}
