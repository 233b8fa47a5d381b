/**
 * A share card of words only: title, subtitle and source line in the card's frame, for
 * pages that need one each in large numbers (a council's page at /compare/<code>/). The
 * chart's own card (social-image.ts) draws the whole chart, a tick for every council, and
 * resvg takes about a third of a second for each; these cards take a few milliseconds,
 * and their title names the page's council.
 */
import { LIGHT } from "../drawing/palette.ts";
import { escapeHtml } from "../../format/escape.ts";
import { FONT_FAMILY, svgToPng, textWidth } from "./png.ts";
import type { SocialFormat } from "./social-image.ts";

const LINE = 1.2;

/**
 * Word wrap that measures each word once (png.ts's wrapToWidth measures every candidate
 * line, a resvg load each: most of a card's time when there are many cards). A line's
 * width is taken as its words' and spaces' widths added, so kerning across a space is
 * ignored; the lines are kept 2% short of the room to allow for it.
 */
function wrap(text: string, max: number, size: number, weight: "normal" | "bold" = "normal"): string[] {
  const space = textWidth("a a", size, weight) - 2 * textWidth("a", size, weight);
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, size, weight);
    if (line && width + space + w > max * 0.98) {
      lines.push(line);
      [line, width] = [word, w];
    } else [line, width] = line ? [`${line} ${word}`, width + space + w] : [word, w];
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG of a words-only card in `format`. */
export function textCardSvg(words: { title: string; subtitle: string; source: string }, format: SocialFormat): string {
  const { width, height, pad } = format;
  const inner = width - 2 * pad;
  const titleSize = format.titleSize * 1.25;
  const subtitleSize = format.subtitleSize || Math.round(format.titleSize * 0.7);
  const lines = (text: string[], top: number, size: number, weight: "normal" | "bold", fill: string) =>
    text.map((l, i) => `<text x="${pad}" y="${(top + size * (0.9 + i * LINE)).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(l)}</text>`).join("\n");
  const title = wrap(words.title, inner, titleSize, "bold");
  const subtitle = wrap(words.subtitle, inner, subtitleSize);
  const source = wrap(words.source, inner, format.sourceSize);
  const subtitleTop = pad + title.length * titleSize * LINE + subtitleSize * 0.6;
  const sourceTop = height - pad - source.length * format.sourceSize * LINE;
  if (subtitleTop + subtitle.length * subtitleSize * LINE > sourceTop) throw new Error(`share card: "${words.title}" and its subtitle do not fit a ${width}×${height} card`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif">`,
    `<rect width="100%" height="100%" fill="${LIGHT["--bg"]}"/>`,
    `<rect width="100%" height="12" fill="${LIGHT["--series-1"]}"/>`,
    lines(title, pad, titleSize, "bold", LIGHT["--fg"]!),
    lines(subtitle, subtitleTop, subtitleSize, "normal", LIGHT["--muted"]!),
    lines(source, sourceTop, format.sourceSize, "normal", LIGHT["--muted"]!),
    `</svg>`,
  ].join("\n");
}

/** The PNG of a words-only card. */
export function textCardPng(words: { title: string; subtitle: string; source: string }, format: SocialFormat): Uint8Array {
  return svgToPng(textCardSvg(words, format), format.width);
}
