/**
 * Rasterises SVG to PNG at build time with resvg (a Rust renderer shipped as prebuilt
 * binaries in the npm registry), so no browser is needed to build. Text is drawn only
 * with the fonts kept in the repository (src/assets/fonts/, SIL Open Font License), never
 * the build machine's, so every machine writes the same pixels.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { escapeHtml } from "../../format/escape.ts";

/** The width of the chart PNGs offered for download, in pixels. */
export const PNG_WIDTH = 1200;

/** The family name inside the bundled font files. */
export const FONT_FAMILY = "Source Sans 3";

/** Where the bundled fonts live; resolved from the project root, like data/. */
export function fontDir(): string {
  return resolve("src/assets/fonts");
}

/** The bundled font files (regular and bold: the weights the charts use). */
export function fontFiles(): string[] {
  const files = ["SourceSans3-Regular.ttf", "SourceSans3-Bold.ttf"].map((f) => resolve(fontDir(), f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`${missing.join(", ")}: font file not found; PNGs are drawn only with the fonts kept in src/assets/fonts/`);
  return files;
}

/**
 * resvg's font options: the bundled files only. Every generic family (and any family the
 * SVG names that is not bundled, such as system-ui) falls back to the bundled one.
 */
export function fontOptions(): NonNullable<ResvgRenderOptions["font"]> {
  return {
    fontFiles: fontFiles(),
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
    sansSerifFamily: FONT_FAMILY,
    serifFamily: FONT_FAMILY,
    monospaceFamily: FONT_FAMILY,
    cursiveFamily: FONT_FAMILY,
    fantasyFamily: FONT_FAMILY,
  };
}

/** The options every PNG is rendered with; exported so tests can check the font setup. */
export function renderOptions(width: number): ResvgRenderOptions {
  return { fitTo: { mode: "width", value: width }, background: "#ffffff", font: fontOptions() };
}

/** PNG bytes of `svg`, `width` pixels wide, drawn with the bundled fonts. */
export function svgToPng(svg: string, width = PNG_WIDTH): Uint8Array {
  return new Resvg(svg, renderOptions(width)).render().asPng();
}

const widths = new Map<string, number>();

/**
 * The drawn width of one line of text in the bundled font, in pixels: measured by
 * resvg itself, so wrapping matches what the PNG shows.
 */
export function textWidth(text: string, size: number, weight: "normal" | "bold" = "normal"): number {
  const key = `${size}|${weight}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="${size}" font-size="${size}" font-weight="${weight}" font-family="${FONT_FAMILY}">${escapeHtml(text)}</text></svg>`;
    const box = new Resvg(svg, { font: fontOptions() }).getBBox();
    w = box ? box.x + box.width : 0;
    widths.set(key, w);
  }
  return w;
}

/** Greedy word wrap to lines no wider than `max` pixels in the bundled font. */
export function wrapToWidth(text: string, max: number, size: number, weight: "normal" | "bold" = "normal"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
