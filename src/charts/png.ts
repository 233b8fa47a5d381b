/**
 * Rasterises a standalone chart SVG to PNG at build time with resvg (a Rust renderer
 * shipped as prebuilt binaries in the npm registry), so no browser is needed to build.
 */
import { Resvg } from "@resvg/resvg-js";

/** The width of the chart PNGs offered for download, in pixels. */
export const PNG_WIDTH = 1200;

/** PNG bytes of `svg`, `width` pixels wide, using the machine's fonts. */
export function svgToPng(svg: string, width = PNG_WIDTH): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
