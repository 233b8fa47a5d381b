/**
 * Images for sharing a chart: a 1200×630 card (the page's og:image and twitter:image,
 * the size social sites show without cropping) and a 1080×1080 square for posts. Each
 * holds the chart's title, its wide drawing scaled to fit, what the data cannot show (the
 * entry's caveat, where it has one) and the source line, laid out
 * in a fixed frame. Text is wrapped by measuring it in the bundled font (png.ts), so the
 * layout is the same on every machine.
 */
import type { ChartView } from "../types.ts";
import { LIGHT } from "../drawing/palette.ts";
import { WIDE } from "../chart-definition.ts";
import { fixColours, sourceText } from "./standalone.ts";
import { escapeHtml } from "../../format/escape.ts";
import { FONT_FAMILY, svgToPng, wrapToWidth } from "./png.ts";

/** One image format: its size in pixels and the type sizes of its text. */
export interface SocialFormat {
  width: number;
  height: number;
  pad: number;
  titleSize: number;
  /** 0: no subtitle (the card leaves the room to the chart; og:description carries it). */
  subtitleSize: number;
  sourceSize: number;
}

export const CARD: SocialFormat = { width: 1200, height: 630, pad: 40, titleSize: 38, subtitleSize: 0, sourceSize: 20 };
export const SQUARE: SocialFormat = { width: 1080, height: 1080, pad: 56, titleSize: 52, subtitleSize: 28, sourceSize: 24 };

const LINE = 1.2;

/** The chart's drawn size, from its viewBox. */
function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { ...WIDE };
}

/** The SVG of a chart's share image in `format`; `site` (e.g. the host name) closes the source line. */
export function socialSvg(view: ChartView, format: SocialFormat, site: string): string {
  const { width, height, pad } = format;
  const inner = width - 2 * pad;
  const lines = (text: string[], top: number, size: number, weight: "normal" | "bold", fill: string) =>
    text.map((l, i) => `<text x="${pad}" y="${(top + size * (0.9 + i * LINE)).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(l)}</text>`).join("\n");

  const title = wrapToWidth(view.title, inner, format.titleSize, "bold");
  const subtitle = format.subtitleSize > 0 ? wrapToWidth(view.subtitle, inner, format.subtitleSize) : [];
  const source = wrapToWidth(`${sourceText(view)} ${site}`, inner, format.sourceSize);

  let y = pad;
  const titleSvg = lines(title, y, format.titleSize, "bold", LIGHT["--fg"]!);
  y += title.length * format.titleSize * LINE;
  const subtitleSvg = lines(subtitle, y + 4, format.subtitleSize, "normal", LIGHT["--muted"]!);
  if (subtitle.length > 0) y += 4 + subtitle.length * format.subtitleSize * LINE;
  const chartTop = y + format.titleSize * 0.4;

  // What the data cannot show sits just above the source, in the body colour: a shared image travels without its page.
  const caveat = view.caveat ? wrapToWidth(view.caveat, inner, format.sourceSize) : [];
  const sourceHeight = source.length * format.sourceSize * LINE;
  const sourceTop = height - pad - sourceHeight;
  const caveatHeight = caveat.length * format.sourceSize * LINE;
  const caveatTop = sourceTop - (caveat.length > 0 ? caveatHeight + format.sourceSize * 0.4 : 0);
  const chartBottom = caveatTop - format.sourceSize * 0.6;

  // The wide drawing, scaled to fit the space left and centred in it.
  const box = viewBoxSize(view.svg.wide);
  const scale = Math.min(inner / box.width, (chartBottom - chartTop) / box.height);
  if (!(scale > 0.5)) throw new Error(`${view.id}: the title and source leave too little room for the chart in a ${width}×${height} image`);
  const w = box.width * scale;
  const h = box.height * scale;
  const x = pad + (inner - w) / 2;
  const top = chartTop + (chartBottom - chartTop - h) / 2;
  const chart = fixColours(view.svg.wide)
    .replace(/^<svg [^>]*?>/, (open) =>
      open
        .replace(/\s(width|height|x|y)="[^"]*"/g, "")
        .replace(/^<svg /, `<svg x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" `),
    );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif" color="${LIGHT["--fg"]}">`,
    `<rect width="100%" height="100%" fill="${LIGHT["--bg"]}"/>`,
    `<rect width="100%" height="6" fill="${LIGHT["--series-1"]}"/>`,
    titleSvg,
    subtitleSvg,
    `<g color="${LIGHT["--fg"]}">${chart}</g>`,
    lines(caveat, caveatTop, format.sourceSize, "normal", LIGHT["--fg"]!),
    lines(source, sourceTop, format.sourceSize, "normal", LIGHT["--muted"]!),
    `</svg>`,
  ].join("\n");
}

/** The PNG of a chart's share image in `format`. */
export function socialPng(view: ChartView, format: SocialFormat, site: string): Uint8Array {
  return svgToPng(socialSvg(view, format, site), format.width);
}
