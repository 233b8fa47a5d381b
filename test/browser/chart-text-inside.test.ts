/**
 * Chart text stays inside its drawing on a phone, measured in Chromium at 320 and 375 px.
 * The drawings have overflow="visible", so text past the viewBox is painted into the page's
 * margin or past the screen's edge and cut off there: the council pages' y-axis label ran
 * some 40 px past the narrow drawing, and a long council's name past its left edge. Every
 * chart's page is measured, with the council pages of the site's own council and of the
 * five longest names (the focus label is the name).
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { builtPages, DIST } from "../support/pages.ts";
import { site } from "../support/site.ts";


const councils = [...readFileSync(join(DIST, "compare", "index.html"), "utf8").matchAll(/<a href="(\/compare\/[^/"]+\/)">([^<]+)<\/a>/g)].map((m) => ({ path: m[1]!, name: m[2]! }));
const longest = [...councils].sort((a, b) => b.name.length - a.name.length).slice(0, 5).map((c) => c.path);
const own = `/compare/${site.council.area}/`;
const PAGES = [...builtPages().filter((p) => /^\/charts\/[^/]+\/$/.test(p)), ...new Set([own, ...longest])];

/** Every line of text in the drawings shown that reaches past its drawing's box, described. */
export async function textOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg"))) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const t of Array.from(svg.querySelectorAll("text"))) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
          out.push(`"${t.textContent}" at ${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)} in 0–${Math.round(box.width)}`);
      }
    }
    return out;
  });
}

/**
 * Every two lines of text in one drawing shown that overlap by more than 4 px each way
 * (a label on an axis's tick label, as a long council name once was): touching edges of
 * a few px are left to the eye.
 */
export async function textOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg"))) {
      if (svg.getBoundingClientRect().width === 0) continue;
      const texts = Array.from(svg.querySelectorAll("text")).map((t) => ({ t: t.textContent ?? "", r: t.getBoundingClientRect() })).filter((x) => x.r.width > 0 && x.t.trim() !== "");
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i]!.r, texts[j]!.r];
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 4 && h > 4) out.push(`"${texts[i]!.t}" and "${texts[j]!.t}" (${Math.round(w)}×${Math.round(h)} px)`);
        }
    }
    return out;
  });
}

const browser = useBrowser();

describe.each([320, 375])("at %i px", (width) => {
  it("finds the site's own council page and the longest names", () => {
    expect(councils.length).toBeGreaterThan(100);
    expect(councils.map((c) => c.path)).toContain(own);
  });

  // One context per width, each page a tab of it: the pages only read, and a context each
  // cost more processor time than the reading (as in every-page.test.ts).
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width, height: 800 } });
  });
  it.concurrent.for(PAGES)("%s: every chart's text is inside its drawing, and no two lines of it overlap", async (path, { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(inject("baseUrl") + path);
      expect(await textOutside(page)).toEqual([]);
      expect(await textOverlaps(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
