/**
 * Each chart's share images, as published: dist/charts/<id>.card.png is a 1200×630 PNG
 * (the size link previews use) and <id>.square.png a 1080×1080 one. Read from the PNG
 * header of the files the build wrote, so every chart's is checked without drawing them
 * again (test/unit/charts/social-image.test.ts draws one chart's and reads its text).
 */
import { site } from "../support/site.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allCharts } from "../../src/charts/index.ts";
import { DIST } from "../support/pages.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's size from its header chunk (IHDR), or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || PNG_SIGNATURE.some((b, i) => png[i] !== b) || String.fromCharCode(...png.slice(12, 16)) !== "IHDR") return null;
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.each(allCharts(site).map((c) => c.id))("the share images of %s", (id) => {
  it("the card is a 1200×630 PNG and the square a 1080×1080 PNG", () => {
    expect(pngSize(readFileSync(join(DIST, "charts", `${id}.card.png`)))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(readFileSync(join(DIST, "charts", `${id}.square.png`)))).toEqual({ width: 1080, height: 1080 });
  });
});

describe("reading a PNG's size", () => {
  it("refuses bytes that are not a PNG", () => {
    const card = readFileSync(join(DIST, "charts", `${allCharts(site)[0]!.id}.card.png`));
    expect(pngSize(card)).not.toBeNull();
    expect(pngSize(Buffer.from("<svg/>"))).toBeNull();
    const notPng = Buffer.from(card);
    notPng[1] = 0;
    expect(pngSize(notPng)).toBeNull();
  });
});
