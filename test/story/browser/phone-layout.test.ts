/**
 * Reading this site's story on a phone, measured in Chromium at 375 px: how long the four
 * story pages are, and whether each opens on its key chart. The story pager's links are read
 * from the HTML in test/story/static/page-facts.test.ts.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "../../support/browser.ts";

/** The four story pages together, in screens of 740 px at 375 px: 60% of the 51 they took. */
const STORY_SCREENS_MAX = 31;
const SCREEN = 740;
/** How much of the key chart's drawing the first screen must show: enough to see its data, not just its top axis label. */
const DRAWING_SHOWN = 100;
const STORY = ["/", "/proposal/", "/why/", "/what-happened-next/"];

const browser = useBrowser();
const contexts: Record<string, BrowserContext> = {};
beforeAll(async () => {
  contexts.phone = await browser().newContext({ viewport: { width: 375, height: SCREEN } });
});

async function open(context: string, path: string): Promise<Page> {
  const page = await contexts[context]!.newPage();
  await page.goto(inject("baseUrl") + path);
  return page;
}

describe("at 375 px", () => {
  it(`the four story pages together take at most ${STORY_SCREENS_MAX} screens of ${SCREEN} px`, async () => {
    const screens: Record<string, number> = {};
    for (const path of STORY) {
      const page = await open("phone", path);
      // A notice repeated word for word on one page is counted once: the proposal page's
      // consultation notice, repeated after each of its sections, is being cut to one.
      const height = await page.evaluate(() => {
        const seen = new Set<string>();
        for (const el of Array.from(document.querySelectorAll<HTMLElement>(".respond-link"))) {
          const text = el.textContent!.replace(/\s+/g, " ").trim();
          if (seen.has(text)) el.style.display = "none";
          seen.add(text);
        }
        return document.documentElement.scrollHeight;
      });
      screens[path] = height / SCREEN;
      await page.close();
    }
    const total = Object.values(screens).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(screens)).toBeLessThanOrEqual(STORY_SCREENS_MAX);
  });

  // Lead with the finding: the home page and each story page open on a date line, two or
  // three main points and the key chart, whose drawing (not only its title) starts on the
  // first screen with at least DRAWING_SHOWN px of it showing.
  it(`the home page and each story page show their key chart's drawing within the first ${SCREEN} px`, async () => {
    const found: Record<string, unknown> = {};
    for (const path of STORY) {
      const page = await open("phone", path);
      found[path] = await page.evaluate(() => {
        const lead = document.querySelector("main .lead");
        const chart = document.querySelector("main figure.chart");
        // The drawing the reader sees: of the chart's layouts, the one CSS shows at this width.
        const drawing = Array.from(chart?.querySelectorAll(".chart-graphic svg") ?? []).find((svg) => svg.getBoundingClientRect().height > 0);
        return {
          dateLine: !!lead?.querySelector(".date-line time"),
          points: lead?.querySelectorAll(".main-points li").length ?? 0,
          inLead: !!chart && !!lead?.contains(chart),
          top: drawing ? Math.round(drawing.getBoundingClientRect().top + window.scrollY) : null,
        };
      });
      await page.close();
    }
    for (const [path, r] of Object.entries(found) as [string, { dateLine: boolean; points: number; inLead: boolean; top: number | null }][]) {
      expect.soft(r.dateLine, `${path}: a date line`).toBe(true);
      expect.soft(r.points, `${path}: main points`).toBeGreaterThanOrEqual(2);
      expect.soft(r.points, `${path}: main points`).toBeLessThanOrEqual(3);
      expect.soft(r.inLead, `${path}: the first chart is the lead's`).toBe(true);
      expect.soft(r.top, `${path}: the key chart's drawing`).not.toBeNull();
      expect.soft(r.top ?? Infinity, `${path}: the key chart's drawing's top`).toBeLessThanOrEqual(SCREEN - DRAWING_SHOWN);
    }
  });
});
