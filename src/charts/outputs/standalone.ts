/**
 * A chart as one self-contained SVG file: the wide drawing with its title, subtitle and
 * source line as text inside, colours fixed to the light scheme (a file has no site
 * stylesheet to resolve CSS variables), and <title>/<desc> for assistive technology.
 * The same markup is rasterised for the PNG.
 */
import type { ChartView } from "../types.ts";
import { LIGHT } from "../drawing/palette.ts";
import { escapeHtml } from "../../format/escape.ts";
import { WIDE } from "../chart-definition.ts";
import { groupByPublisher } from "../../lib/site/source-line.ts";

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";


/** Greedy word wrap to lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The source line as plain text: "Source: Publisher, release, release; …". */
export function sourceText(view: ChartView): string {
  const groups = groupByPublisher(view.sources).map((g) => `${g.publisher}, ${g.sources.map((s) => s.release).join(", ")}`);
  return `${view.sources.length > 1 ? "Sources" : "Source"}: ${groups.join("; ")}.`;
}

/** Replace the site's CSS variables with the light scheme's colours. */
export function fixColours(svg: string): string {
  return svg.replace(/var\((--[a-z0-9-]+)\)/g, (m, name: string) => LIGHT[name] ?? m);
}

/** The standalone SVG document for a chart; `pageUrl` is printed under the source. */
export function standaloneSvg(view: ChartView, pageUrl: string): string {
  const width = WIDE.width + 2 * PAD;
  const text = (lines: string[], y: number, size: number, weight: string, fill: string) =>
    lines.map((l, i) => `<text x="${PAD}" y="${y + i * size * 1.3}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(l)}</text>`).join("");
  const title = wrap(view.title, 62);
  const subtitle = wrap(view.subtitle, 95);
  const source = wrap(sourceText(view), 105);
  let y = PAD + 20;
  const titleSvg = text(title, y, 20, "bold", LIGHT["--fg"]!);
  y += title.length * 26;
  const subtitleSvg = text(subtitle, y, 14, "normal", LIGHT["--muted"]!);
  y += subtitle.length * 18 + 4;
  const chartTop = y;
  const inner = fixColours(view.svg.wide).replace(/^<svg /, `<svg x="${PAD}" y="${chartTop}" `);
  const chartHeight = Number(/viewBox="[\d.-]+ [\d.-]+ [\d.-]+ ([\d.]+)"/.exec(view.svg.wide)?.[1] ?? WIDE.height);
  y = chartTop + chartHeight + 24;
  // What the data cannot show, in the body colour between the chart and its source: the file may travel alone.
  const caveat = view.caveat ? wrap(view.caveat, 95) : [];
  const caveatSvg = text(caveat, y, 13, "normal", LIGHT["--fg"]!);
  y += caveat.length * 13 * 1.3 + (caveat.length > 0 ? 6 : 0);
  const sourceSvg = text([...source, pageUrl], y, 12, "normal", LIGHT["--muted"]!);
  const height = Math.ceil(y + source.length * 15.6 + PAD);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" color="${LIGHT["--fg"]}" role="img" aria-labelledby="t d">`,
    `<title id="t">${escapeHtml(view.title)}</title>`,
    `<desc id="d">${escapeHtml(`${view.subtitle}. ${view.description}${view.caveat ? ` ${view.caveat}` : ""} ${sourceText(view)}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${LIGHT["--bg"]}"/>`,
    titleSvg,
    subtitleSvg,
    `<g color="${LIGHT["--fg"]}">${inner}</g>`,
    caveatSvg,
    sourceSvg,
    `</svg>`,
  ].join("\n");
}
