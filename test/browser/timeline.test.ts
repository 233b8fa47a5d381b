/** /timeline/ on a phone: the list is the timeline. Its events with and without JavaScript are checked in test/story/browser/timeline.test.ts. */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/browser.ts";

const browser = useBrowser();

describe("/timeline/", () => {
  it("on a phone the list is the timeline: a rail with each event's mark in its kind's shape, and no drawing", async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
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
