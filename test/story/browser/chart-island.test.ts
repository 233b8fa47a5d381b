/** The chart island on this site's charts: the keyboard walk, hover, legend and narrow layout read its values (layout shift: test/browser/chart-island.test.ts). */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "../../support/browser.ts";

const browser = useBrowser();

async function open(path: string, width = 1024): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(inject("baseUrl") + path);
  await page.waitForSelector("figure.chart[data-enhanced]");
  expect(errors).toEqual([]);
  return page;
}

describe("the chart island", () => {
  it("walks a chart by keyboard and reads each value in the tooltip and live region", async () => {
    const page = await open("/charts/rate-per-10000/");
    try {
      const graphic = page.locator("figure.chart .chart-graphic");
      const tooltip = page.locator(".chart-tooltip .chart-tooltip-picked");
      await expect(graphic.getAttribute("tabindex")).resolves.toBe("0");
      await graphic.focus();
      await page.keyboard.press("ArrowRight");
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe("Worcestershire, 2010: 50.3 per 10,000");
      // Under the value picked, the other series' values for that year, top to bottom.
      expect(await page.locator(".chart-tooltip .chart-tooltip-other").allTextContents()).toEqual(["England, 2010: 58.5 per 10,000"]);
      await page.keyboard.press("ArrowRight");
      expect(await tooltip.textContent()).toBe("Worcestershire, 2011: 51 per 10,000");
      await page.keyboard.press("ArrowDown");
      expect(await tooltip.textContent()).toBe("England, 2011: 58 per 10,000");
      await page.keyboard.press("End");
      expect(await tooltip.textContent()).toBe("West Midlands, 2025: 86 per 10,000");
      expect(await page.locator("figure.chart .chart-graphic [aria-live=polite]").textContent()).toBe("West Midlands, 2025: 86 per 10,000");
      // Escape dismisses without moving focus; the next arrow brings it back.
      await page.keyboard.press("Escape");
      expect(await tooltip.isVisible()).toBe(false);
      expect(await graphic.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowLeft");
      expect(await tooltip.textContent()).toBe("West Midlands, 2024: 89 per 10,000");
    } finally {
      await page.close();
    }
  });

  it("shows a tooltip on hover that stays while the pointer moves onto it, and Escape dismisses it", async () => {
    const page = await open("/charts/starts-and-ceased/");
    try {
      const hit = page.locator("svg.chart-svg--wide .chart-hit").first();
      const box = (await hit.boundingBox())!;
      // Targets are at least 24 px across.
      expect(box.width).toBeGreaterThanOrEqual(24);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tooltip = page.locator(".chart-tooltip");
      expect(await tooltip.locator(".chart-tooltip-picked").textContent()).toBe("Started, 2018: 281 children");
      expect(await tooltip.locator(".chart-tooltip-other").allTextContents()).toEqual(["Ceased, 2018: 255 children"]);
      const tip = (await tooltip.boundingBox())!;
      await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 4 });
      await page.waitForTimeout(700);
      expect(await tooltip.isVisible(), "tooltip stays while hovered").toBe(true);
      await page.keyboard.press("Escape");
      expect(await tooltip.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it("highlights a series from its legend", async () => {
    const page = await open("/charts/comparators/");
    try {
      const button = page.getByRole("button", { name: "Essex" });
      await button.click();
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      expect(await page.locator('svg.chart-svg--wide g[data-series="Worcestershire"].is-dimmed').count()).toBeGreaterThan(0);
      expect(await page.locator('svg.chart-svg--wide g[data-series="Essex"].is-dimmed').count()).toBe(0);
      const legendBox = (await button.boundingBox())!;
      expect(legendBox.height).toBeGreaterThanOrEqual(24);
      await button.click();
      expect(await page.locator("svg.chart-svg--wide .is-dimmed").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("works on the narrow layout at 320 px, with targets still at least 24 px", async () => {
    const page = await open("/charts/homes-before-after/", 320);
    try {
      await page.locator(".chart-graphic").focus();
      await page.keyboard.press("ArrowRight");
      expect(await page.locator(".chart-tooltip").textContent()).toBe("Council news release: 4 homes, residential homes to close, our count from what it says");
      const bar = (await page.locator("svg.chart-svg--narrow [data-tip]").first().boundingBox())!;
      expect(bar.height).toBeGreaterThanOrEqual(24);
      await page.goto(inject("baseUrl") + "/charts/rate-per-10000/");
      await page.waitForSelector("figure.chart[data-enhanced]");
      const hit = (await page.locator("svg.chart-svg--narrow .chart-hit").first().boundingBox())!;
      expect(hit.width).toBeGreaterThanOrEqual(24);
    } finally {
      await page.close();
    }
  });
});
