import { site } from "../../support/site.ts";
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { CARD, SQUARE, socialPng, socialSvg } from "../../../src/charts/outputs/social-image.ts";
import { FONT_FAMILY, fontDir, renderOptions, svgToPng } from "../../../src/charts/outputs/png.ts";
import { assertWellFormedXml } from "../../support/xml.ts";

const ihdr = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(String.fromCharCode(...png.slice(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

// Drawn for one chart here: every chart's published PNGs are read in test/static/share-images.test.ts.
describe("share images of a chart, drawn", () => {
  const view = chartView(allCharts(site)[0]!.id, site);

  // Rendering two PNGs takes about half a second; a busy 2-core machine can take ten times that.
  it("the card is a 1200×630 PNG and the square a 1080×1080 PNG", { timeout: 20_000 }, () => {
    expect(ihdr(socialPng(view, CARD, "example.org"))).toEqual({ width: 1200, height: 630 });
    expect(ihdr(socialPng(view, SQUARE, "example.org"))).toEqual({ width: 1080, height: 1080 });
  });
});

describe.each(allCharts(site).map((c) => c.id))("share images of %s", (id) => {
  const view = chartView(id, site);

  it("holds the title, the chart and the source line", () => {
    const svg = socialSvg(view, CARD, "example.org");
    assertWellFormedXml(svg, `${id} card`);
    assertWellFormedXml(socialSvg(view, SQUARE, "example.org"), `${id} square`);
    const text = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(text.replaceAll("&apos;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&")).toContain(view.title);
    expect(svg).toContain('class="chart-plot');
    expect(text).toMatch(/Sources?: /);
  });
});

describe("PNG text is drawn with the bundled font only", () => {
  it("renders with the repository's font files and no system fonts", () => {
    const font = renderOptions(100).font!;
    expect(font.loadSystemFonts).toBe(false);
    expect(font.defaultFontFamily).toBe(FONT_FAMILY);
    expect(font.fontFiles!.length).toBeGreaterThan(0);
    for (const f of font.fontFiles!) {
      expect(relative(process.cwd(), f)).toMatch(/^src\/assets\/fonts\/.+\.(ttf|otf)$/);
      expect(existsSync(f), f).toBe(true);
    }
    // The font's licence ships beside it.
    expect(readFileSync(`${fontDir()}/LICENSE-SourceSans3.md`, "utf8")).toContain("SIL Open Font License");
  });

  it("draws a family the machine may have (DejaVu Sans) exactly as the bundled one", () => {
    // With system fonts loaded, a machine with DejaVu Sans would draw this text differently.
    const text = (family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="28" font-family="${family}">Children looked after 64,460</text></svg>`;
    const bundled = svgToPng(text(FONT_FAMILY), 400);
    expect(Buffer.from(svgToPng(text("DejaVu Sans"), 400)).equals(Buffer.from(bundled))).toBe(true);
    expect(Buffer.from(svgToPng(text("system-ui, sans-serif"), 400)).equals(Buffer.from(bundled))).toBe(true);
    // And the text is really drawn: the rendering differs from an empty image.
    const empty = svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"></svg>`, 400);
    expect(Buffer.from(bundled).equals(Buffer.from(empty))).toBe(false);
    expect(new Resvg(text(FONT_FAMILY), renderOptions(400)).getBBox()?.width).toBeGreaterThan(100);
  });
});
