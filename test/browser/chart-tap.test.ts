/**
 * A finger finds the right point: on every chart drawn with dots, a tap exactly on each dot
 * at 375 px (touch emulation), and a mouse moved onto each dot at 1280 px, shows a tooltip
 * whose first line is that dot's series, year and value; where dots share a column, the
 * tooltip lists the other series' values for that year too. One page load per chart: the
 * viewport is widened for the mouse after the taps. Firefox and WebKit are held to the same
 * rule (scripts/lib/chart-taps.ts) by `npm run check:taps`, outside `npm test`.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { chartIds, dotsOnScreen, judgeTap, tooltipShown, type Dot } from "../../scripts/lib/chart-taps.ts";

const browser = useBrowser();
/** One touch-screen phone for every chart: each chart is a tab of it (the taps only read). */
let phone: BrowserContext;
beforeAll(async () => {
  phone = await browser().newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
});

/** Each dot in turn: the tooltip's first line is its tip, or (dots drawn on one spot) it is listed under the dot on top. */
async function everyDot(page: Page, act: (d: Dot) => Promise<void>): Promise<{ dots: number; wrong: string[] }> {
  const dots = await page.evaluate(dotsOnScreen);
  const wrong: string[] = [];
  for (const d of dots) {
    await act(d);
    const fault = judgeTap(d, await page.evaluate(tooltipShown));
    if (fault) wrong.push(fault);
  }
  return { dots: dots.length, wrong };
}

describe("a tap or pointer finds the dot it is on", () => {
  it.concurrent.each(chartIds())("%s: at 375 px by touch and at 1280 px by mouse", async (id) => {
    const page = await phone.newPage();
    try {
      await page.goto(`${inject("baseUrl")}/charts/${id}/`);
      await page.waitForSelector("figure.chart[data-enhanced]");
      const taps = await everyDot(page, (d) => page.touchscreen.tap(d.x, d.y));
      // A chart without dots draws bars, each its own target (tested in chart-island.test.ts).
      if (taps.dots === 0) {
        expect(await page.locator("figure.chart svg.chart-svg [data-series] > [data-tip]").count(), `${id} draws neither dots nor bars`).toBeGreaterThan(0);
        return;
      }
      expect(taps.wrong, `${id} at 375 px, by touch`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      const hovers = await everyDot(page, (d) => page.mouse.move(d.x, d.y, { steps: 2 }));
      expect(hovers.wrong, `${id} at 1280 px, by mouse`).toEqual([]);
      expect(taps.dots, "the narrow and wide layouts draw the same dots").toBe(hovers.dots);
    } finally {
      await page.close();
    }
  });

  it("a tap elsewhere on the page dismisses the tooltip, and the tooltip takes no taps", async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(`${inject("baseUrl")}/charts/rate-per-10000/`);
      await page.waitForSelector("figure.chart[data-enhanced]");
      const [d] = await page.evaluate(dotsOnScreen);
      await page.touchscreen.tap(d!.x, d!.y);
      const tooltip = page.locator("figure.chart .chart-tooltip");
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe("none");
      await page.waitForTimeout(600);
      expect(await tooltip.isVisible(), "a lifted finger leaves the tooltip shown").toBe(true);
      const title = (await page.locator("h1").boundingBox())!;
      await page.touchscreen.tap(title.x + 5, title.y + title.height / 2);
      expect(await tooltip.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

/** On-screen size, in CSS px, of every chart text shown: its font size times the drawing's scale. */
function chartTextPx(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll("text")].filter((t) => t.getBoundingClientRect().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
  );
}

describe("chart text is 12 to 14 px on screen", () => {
  it.concurrent.each([
    ["/charts/rate-per-10000/", 320, 1280],
    ["/embed/similar-councils/", 300, 1000],
  ])("%s, at every width from %i to %i px", async (path, from, to) => {
    const page = await browser().newPage({ viewport: { width: from, height: 900 } });
    try {
      await page.goto(`${inject("baseUrl")}${path}`);
      await page.waitForSelector("figure.chart svg.chart-svg", { state: "attached" });
      const wrong: string[] = [];
      for (let width = from; width <= to; width += 20) {
        await page.setViewportSize({ width, height: 900 });
        const sizes = await chartTextPx(page);
        if (sizes.length === 0) wrong.push(`${width}: no chart text shown`);
        const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
        if (min < 11.95 || max > 14.05) wrong.push(`${width} px: ${min.toFixed(1)}–${max.toFixed(1)} px`);
      }
      expect(wrong).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
