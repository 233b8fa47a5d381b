/**
 * The area picker of a chart that has one (a `.chart-picker` inside the figure): the reader
 * picks a council from a labelled <select>, and the island highlights it in both layouts,
 * shows its values in tooltips and adds them to the table. The choice lives in the URL
 * (?area=<area code>), so a link or an embed opens with it picked. The values come from a
 * small JSON file written at build time, fetched only once an area is picked. The chart
 * is never redrawn: the council's marks are already in the SVG, tagged data-area, and the
 * highlight joins them where the years are consecutive, so a reorganised council's line
 * stops where DfE's series for that code stops.
 */
import { select } from "d3-selection";
import { joinPath } from "../charts/drawing/join-path.ts";
import { ticksOf } from "../charts/drawing/tick-path.ts";
import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";
import { formatNumber } from "../format/number.ts";
import { missingText, type MissingWords } from "../format/missing.ts";

/** The JSON written by the chart's areaData() (src/charts/kinds/similar-councils.ts). */
interface AreaData {
  unit: string;
  years: number[];
  releases: Record<string, string>;
  aliases: Record<string, string>;
  areas: Record<string, { name: string; rate: (number | string | null)[]; number: (number | string | null)[]; source: (string | null)[] }>;
}

const SVG_NS = "http://www.w3.org/2000/svg";
export const AREA_PARAM = "area";

/**
 * The area code an address asks for (?area=), as codes are written: a code typed or
 * copied in lower case asks for the same council. Null when none.
 */
export function askedArea(search: string): string | null {
  const asked = new URLSearchParams(search).get(AREA_PARAM)?.trim().toUpperCase();
  return asked || null;
}
const loads = new Map<string, Promise<AreaData>>();

function load(url: string): Promise<AreaData> {
  let p = loads.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<AreaData>;
    });
    loads.set(url, p);
  }
  return p;
}

/** A cell of the highlighted row: the figure, or the site's one wording for why there is none (handed over with the figure's messages). */
const text = (v: number | string | null, w: MissingWords) => (v === null ? w.notInDataset : typeof v === "number" ? formatNumber(v) : missingText(v, w));

/** Where a mark's values sit: a dot's centre, or the middle of each tick in a council's path of ticks. */
function centres(el: Element): [number, number][] {
  if (el.tagName.toLowerCase() === "circle") return [[Number(el.getAttribute("cx")), Number(el.getAttribute("cy"))]];
  return ticksOf(el.getAttribute("d") ?? "").map((t) => [(t.x1 + t.x2) / 2, t.y]);
}

/** Remove any highlight drawn before. */
function clear(figure: HTMLElement): void {
  figure.querySelectorAll(".chart-picked, tr.is-added").forEach((el) => el.remove());
  figure.querySelectorAll(".is-picked").forEach((el) => el.classList.remove("is-picked"));
}

/** Highlight `code` in every layout and the table; false if the SVG has no marks for it. */
function highlight(figure: HTMLElement, code: string, data: AreaData): boolean {
  const area = data.areas[code];
  if (!area) return false;
  const valued = data.years.map((year, i) => ({ year, i })).filter((y) => typeof area.rate[y.i] === "number");
  let drawn = false;
  for (const svg of figure.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
    const marks = [...svg.querySelectorAll(`[data-area="${code}"]`)];
    const at = marks.flatMap(centres);
    if (at.length !== valued.length || at.length === 0) continue;
    marks.forEach((m) => m.classList.add("is-picked"));
    const d = joinPath(valued.map((y, k) => ({ year: y.year, x: at[k]![0], y: at[k]![1] })));
    const g = select(svg).append("g").attr("class", "chart-picked").attr("data-series", area.name);
    const transform = marks[0]!.parentElement?.getAttribute("transform");
    if (transform) g.attr("transform", transform);
    g.append("path").attr("class", "chart-picked-line").attr("d", d);
    valued.forEach((y, k) => {
      const release = area.source[y.i] ? data.releases[area.source[y.i]!] : null;
      const number = area.number[y.i];
      const children = typeof number === "number" ? ` (${formatNumber(number)} children)` : "";
      g.append("circle")
        .attr("class", "chart-picked-point")
        .attr("cx", at[k]![0])
        .attr("cy", at[k]![1])
        .attr("r", 4.5)
        .attr("data-tip", `${area.name}, ${y.year}: ${formatNumber(area.rate[y.i] as number)} ${data.unit}${children}${release ? `; ${release}` : ""}`);
    });
    // Above the higher of the last two points, so the name sits clear of its own line.
    const [lx] = at.at(-1)!;
    const ly = Math.min(...at.slice(-2).map((p) => p[1])) - 4;
    // paint-order as an attribute, not in charts.css: the Nu HTML Checker's CSS parser
    // does not know the property and would reject the page's inlined stylesheet.
    g.append("text").attr("class", "chart-picked-label").attr("paint-order", "stroke").attr("x", lx).attr("y", ly - 9).attr("text-anchor", "end").text(area.name);
    drawn = true;
  }
  const tbody = figure.querySelector(".chart-data tbody");
  if (tbody) {
    const row = tbody.querySelector(`tr[data-key="${code}"]`);
    if (row) row.classList.add("is-picked");
    else {
      const tr = select(tbody).insert("tr", "tr").attr("class", "is-added is-picked").attr("data-key", code);
      tr.append("th").attr("scope", "row").text(`${area.name} (highlighted)`);
      const { missing } = readMessages<{ missing: MissingWords }>(figure);
      data.years.forEach((_, i) => tr.append("td").text(text(area.rate[i] ?? null, missing)));
    }
  }
  figure.dispatchEvent(new CustomEvent("chart:points-added"));
  return drawn;
}

/** The option `asked` stands for: itself if the picker offers it, else the area DfE's newer code for it names; null if neither. */
async function resolveAsked(input: HTMLSelectElement, url: string, asked: string): Promise<string | null> {
  const known = (c: string | undefined): c is string => c !== undefined && c !== "" && [...input.options].some((o) => o.value === c);
  if (known(asked)) return asked;
  const code = (await load(url)).aliases[asked];
  return known(code) ? code : null;
}

/**
 * Highlights the area the address asks for (?area=) without wiring the picker, which stays
 * hidden: for an embed with ?static=1, which loads no interaction script but still opens
 * with the council asked for (src/embed/area-entry.ts). False if nothing was highlighted.
 */
export async function highlightAsked(figure: HTMLElement, search: string): Promise<boolean> {
  const box = figure.querySelector<HTMLElement>(".chart-picker[data-picker-src]");
  const input = box?.querySelector("select");
  const asked = askedArea(search);
  if (!box || !input || !asked) return false;
  const url = box.dataset.pickerSrc!;
  const code = await resolveAsked(input, url, asked).catch(() => null);
  if (!code) return false;
  figure.dataset.picked = code;
  return highlight(figure, code, await load(url));
}

/** Wire the picker of one figure. */
export function enhancePicker(figure: HTMLElement): void {
  const box = figure.querySelector<HTMLElement>(".chart-picker[data-picker-src]");
  const input = box?.querySelector("select");
  if (!box || !input) return;
  const url = box.dataset.pickerSrc!;
  const m = readMessages<{ picker: Ui["browser"]["picker"] }>(figure);
  const live = select(box).append("p").attr("class", "visually-hidden").attr("aria-live", "polite");
  // Where the site has a page per council (data-compare-base), the picked council's page is linked.
  const base = box.dataset.compareBase;
  const pageLink = base ? select(box).append("p").attr("class", "chart-picker-page").attr("hidden", "").append("a") : null;
  const showPage = (code: string, name: string) => {
    if (!pageLink) return;
    const p = pageLink.node()!.parentElement!;
    p.hidden = !code;
    if (code) pageLink.attr("href", `${base}${encodeURIComponent(code)}/`).text(fillSlots(m.picker.page, { name }));
  };
  box.hidden = false;
  let request = 0;

  const apply = async (code: string, announce: boolean) => {
    const mine = ++request;
    const u = new URL(location.href);
    if (code) u.searchParams.set(AREA_PARAM, code);
    else u.searchParams.delete(AREA_PARAM);
    history.replaceState(history.state, "", u);
    clear(figure);
    figure.dataset.picked = code;
    showPage("", "");
    if (!code) {
      if (announce) live.text(m.picker.removed);
      return;
    }
    figure.setAttribute("aria-busy", "true");
    try {
      const data = await load(url);
      if (mine !== request) return;
      const name = data.areas[code]?.name ?? code;
      const ok = highlight(figure, code, data);
      showPage(data.aliases[code] ?? code, name);
      if (announce) live.text(fillSlots(ok ? m.picker.highlighted : m.picker.noValues, { name }));
    } catch {
      if (mine === request) live.text(m.picker.failed);
    } finally {
      if (mine === request) figure.removeAttribute("aria-busy");
    }
  };

  input.addEventListener("change", () => void apply(input.value, true));

  const asked = askedArea(location.search);
  if (!asked) return;
  // The code asked for, or one DfE has used for the same area (a successor council's newer code).
  void resolveAsked(input, url, asked)
    .then((code) => {
      if (!code) return;
      input.value = code;
      void apply(code, false);
    })
    .catch(() => undefined);
}
