/**
 * What "a tap finds the right point" means, shared by the Chromium test
 * (test/browser/chart-tap.test.ts) and the Firefox and WebKit check
 * (scripts/cross-browser-taps.ts), so the three browsers are held to one rule.
 *
 * `dotsOnScreen` and `tooltipShown` run in the page: each is sent to the browser as its
 * source text (Playwright's `page.evaluate`, WebDriver's execute script), so each must be
 * self-contained, using nothing from this module. `judgeTap` runs in Node.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every chart, by its entry's name (content/charts/<id>.yaml). */
export const chartIds = (): string[] =>
  readdirSync(join(import.meta.dirname, "..", "..", "content", "charts"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .sort();

export interface Dot {
  x: number;
  y: number;
  tip: string;
  series: string;
  /** Tips of the dots of other series in the same column, one each (what the tooltip lists under it). */
  column: string[];
}

export interface Tooltip {
  /** The tooltip's lines, the picked value first; none when it is hidden. */
  lines: string[];
  /** The centre of the dot whose tip is the first line. */
  pickedAt: { x: number; y: number } | null;
}

/** In the page: every dot of the layout on screen, its centre and tip, after scrolling the drawing into view. */
export function dotsOnScreen(): Dot[] {
  const svg = [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0)!;
  svg.scrollIntoView({ block: "center" });
  const dots = [...svg.querySelectorAll("[data-series] > circle[data-tip]")].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, tip: el.getAttribute("data-tip")!, series: el.parentElement!.getAttribute("data-series")! };
  });
  return dots.map((d) => {
    const col = dots.filter((o) => Math.abs(o.x - d.x) <= 1);
    const single = (s: string) => col.filter((o) => o.series === s).length === 1;
    return { ...d, column: col.filter((o) => o.series !== d.series && single(o.series)).map((o) => o.tip) };
  });
}

/** In the page: the tooltip's lines (the picked value first), and where the dot it picked sits. */
export function tooltipShown(): Tooltip {
  const tip = document.querySelector<HTMLElement>("figure.chart .chart-tooltip");
  if (!tip || tip.hidden) return { lines: [], pickedAt: null };
  const lines = tip.children.length > 0 ? [...tip.children].map((c) => c.textContent ?? "") : [tip.textContent ?? ""];
  const svg = [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0)!;
  const el = [...svg.querySelectorAll("[data-series] > circle[data-tip]")].find((e) => e.getAttribute("data-tip") === lines[0]);
  const r = el?.getBoundingClientRect();
  return { lines, pickedAt: r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null };
}

/**
 * What is wrong with the tooltip shown after touching `dot`, or null when it is right: its
 * first line is the dot's tip (series, year and value) and it lists every other series'
 * value for that year; or, for dots drawn on one spot, the dot's tip is listed under the
 * twin on top.
 */
export function judgeTap(dot: Dot, shown: Tooltip): string | null {
  const { lines, pickedAt } = shown;
  const first = lines[0] === dot.tip;
  const underTwin = lines.includes(dot.tip) && pickedAt !== null && Math.abs(pickedAt.x - dot.x) <= 1 && Math.abs(pickedAt.y - dot.y) <= 1;
  if (!first && !underTwin) return `${dot.tip} → ${lines[0] ?? "no tooltip"}`;
  if (first && !dot.column.every((t) => lines.includes(t))) return `${dot.tip}: other series missing from [${lines.join(" | ")}]`;
  return null;
}
