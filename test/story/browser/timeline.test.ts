/** This site's /timeline/ without JavaScript and with it: its events, keys, zoom and filters (the phone layout: test/browser/timeline.test.ts). */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../../support/browser.ts";

const browser = useBrowser();

describe("/timeline/", () => {
  it("without JavaScript: the list is complete, the drawing links each event to it, controls are hidden", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
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
    const page = await browser().newPage();
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
});
