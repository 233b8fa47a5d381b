import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { connectBrowser } from "../support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("/timeline/", () => {
  it("without JavaScript: the list is complete, the drawing links each event to it, controls are hidden", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject("baseUrl") + "/timeline/");
    const items = page.locator("ol.timeline-list > li");
    expect(await items.count()).toBeGreaterThan(15);
    for (const state of await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-state")))) expect(["past", "upcoming", "ongoing", "undetermined"]).toContain(state);
    expect(await page.locator("[data-controls]").isVisible()).toBe(false);
    const mark = page.locator("a.tl-event").first();
    await mark.focus();
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#event-2016-10-ofsted-inspection");
    await context.close();
  });

  it("with JavaScript: arrow keys move between events, keys zoom, filtering hides list items and marks", async () => {
    const page = await browser.newPage();
    await page.goto(inject("baseUrl") + "/timeline/");
    await page.locator("a.tl-event").first().focus();
    // Focus brings in the island, which shows its controls once it runs.
    await page.locator("[data-controls]").waitFor({ state: "visible" });
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe("2017-01-inspection-report");
    expect(await page.locator("[data-details]").textContent()).toContain("report judged children");
    const ticks = () => page.locator(".tl-axis text").allTextContents();
    const x = async () => (await page.locator('a.tl-event[data-id="2017-01-inspection-report"] path').getAttribute("transform"))!.match(/translate\(([-\d.]+),/)![1];
    const [ticksBefore, xBefore] = [await ticks(), await x()];
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    expect(await ticks()).not.toEqual(ticksBefore);
    expect(await x()).not.toBe(xBefore);
    await page.keyboard.press("0");
    expect(await ticks()).toEqual(ticksBefore);
    expect(Number(await x())).toBeCloseTo(Number(xBefore), 6);

    await page.getByRole("checkbox", { name: /Inspection/ }).uncheck();
    expect(await page.locator('li[data-kind="inspection"]:visible').count()).toBe(0);
    expect(await page.locator('li[data-kind="meeting"]:visible').count()).toBe(2);
    expect(await page.locator('a.tl-event[data-kind="inspection"]:visible').count()).toBe(0);
    expect(await page.locator("[data-details]").textContent()).toMatch(/^Showing \d+ of \d+ events\.$/);
    await page.close();
  });

  it("on a phone the list is the timeline: a rail with each event's mark in its kind's shape, and no drawing", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(inject("baseUrl") + "/timeline/");
      expect(await page.locator("timeline-chart").isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const marks = await page.locator("li.timeline-item").evaluateAll((items) =>
        items.map((li) => {
          const mark = li.querySelector("svg.timeline-mark");
          const box = mark?.getBoundingClientRect();
          return { kind: li.getAttribute("data-kind"), d: mark?.querySelector("path")?.getAttribute("d") ?? null, seen: !!box && box.width > 0 && box.height > 0 };
        }),
      );
      expect(marks.length).toBeGreaterThan(5);
      for (const m of marks) expect(m.seen, `${m.kind}: its mark is drawn`).toBe(true);
      // One shape per kind, and no two kinds share a shape.
      const shapes = new Map<string, Set<string>>();
      for (const m of marks) shapes.set(m.kind!, (shapes.get(m.kind!) ?? new Set()).add(m.d!));
      for (const [kind, ds] of shapes) expect(ds.size, kind).toBe(1);
      const all = [...shapes.values()].map((ds) => [...ds][0]);
      expect(new Set(all).size).toBe(shapes.size);
      // Text at body size, never the drawing's shrunken lettering.
      const smallest = await page.locator("li.timeline-item").evaluateAll((items) => Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(16);
    } finally {
      await context.close();
    }
  });
});
