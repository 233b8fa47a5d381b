import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { builtPages } from "../support/pages.ts";

const pages = builtPages();
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

describe("with JavaScript disabled, at 375 px", () => {
  it("at least one page has a chart", async () => {
    const page = await context.newPage();
    await page.goto(inject("baseUrl") + "/charts/rate-per-10000/");
    expect(await page.locator("figure.chart").count()).toBe(1);
    await page.close();
  });

  it.each(pages)("every chart on %s is visible, named, described and tabled", async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(inject("baseUrl") + path);
      const figures = page.locator("figure.chart");
      for (let i = 0; i < (await figures.count()); i++) {
        const fig = figures.nth(i);
        const id = await fig.getAttribute("data-chart");
        // Exactly one layout is displayed at a time, and it has real size on screen.
        const svg = fig.locator("svg[role=img]:visible");
        expect(await svg.count(), `${path} ${id}: visible SVGs`).toBe(1);
        const box = await svg.boundingBox();
        expect(box!.width, `${path} ${id}: width`).toBeGreaterThan(200);
        expect(box!.height, `${path} ${id}: height`).toBeGreaterThan(100);
        expect(box!.x + box!.width, `${path} ${id}: fits the viewport`).toBeLessThanOrEqual(375);
        // Its accessible name, as assistive technology computes it.
        const name = (await svg.getAttribute("aria-label")) ?? "";
        expect(name.length, `${path} ${id}: accessible name`).toBeGreaterThan(10);
        expect(await fig.getByRole("img", { name }).count()).toBe(1);
        const described = page.locator(`#${await svg.getAttribute("aria-describedby")}`);
        const description = await described.textContent();
        expect(description?.trim().length, `${path} ${id}: description`).toBeGreaterThan(20);
        // The SVG is described by the short lead only; the detail is a real list after it, read on its own.
        expect(await described.evaluate((el) => el.tagName), `${path} ${id}: lead is a paragraph`).toBe("P");
        const items = fig.locator(".chart-description > p + ul.chart-description-details > li");
        for (let k = 0; k < (await items.count()); k++) expect((await items.nth(k).textContent())!.trim().length, `${path} ${id}: detail ${k}`).toBeGreaterThan(10);
        expect(await fig.locator(".chart-description li").count(), `${path} ${id}: every detail item is in the list`).toBe(await items.count());
        // The same numbers as a table, with at least one data row.
        expect(await fig.locator("table tbody tr").count(), `${path} ${id}: table rows`).toBeGreaterThan(0);
        expect(await fig.locator("table caption").count(), `${path} ${id}: table caption`).toBe(1);
        expect(await fig.locator("figcaption.chart-source a").count(), `${path} ${id}: source links`).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });
});
