/**
 * The chart island shifts no layout as it enhances a chart. Walking, hovering and
 * highlighting this site's charts is checked in test/story/browser/chart-island.test.ts.
 */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/browser.ts";

const browser = useBrowser();

describe("the chart island", () => {
  // The island turns legend entries into buttons and adds its tooltip after the first
  // paint; none of that may move the chart (Lighthouse counts it as layout shift).
  // The page's scripts are held until the whole document has been parsed and painted,
  // so the island always enhances a page already on screen (the case a slow phone
  // meets) and what is measured is the enhancement alone: a slowed parser that paints
  // half a document shifts it too, which is the browser's doing, not the island's.
  it("enhancing a chart shifts no layout, on chart pages and embeds at 375 px", async () => {
    // A fresh page for each, so no script comes from the last page's memory cache.
    for (const path of ["/charts/age-and-placement/", "/embed/age-and-placement/", "/charts/comparators/"]) {
      const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        // Every script but the embed's frame script, which sits in its head and which
        // the parser waits for (it is what loads the embed's island).
        await page.route(/\.js$/, async (route) => {
          if (!route.request().url().endsWith("/embed-frame.js")) await held;
          await route.continue();
        });
        await page.goto(inject("baseUrl") + path, { waitUntil: "commit" });
        await page.waitForFunction(() => document.readyState !== "loading" && document.querySelector("figure.chart"));
        await page.evaluate(() => {
          const w = window as unknown as { shift: number };
          w.shift = 0;
          return new Promise<void>((resolve) => {
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) w.shift += (e as PerformanceEntry & { value: number }).value;
            }).observe({ type: "layout-shift" });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          });
        });
        expect(await page.locator("figure.chart[data-enhanced]").count(), `${path}: the island ran before its scripts were let through`).toBe(0);
        release();
        await page.waitForSelector("figure.chart[data-enhanced]");
        const shift = await page.evaluate(
          () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shift: number }).shift)))),
        );
        expect(shift, path).toBe(0);
      } finally {
        await page.close();
      }
    }
  });
});
