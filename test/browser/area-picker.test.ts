/**
 * The similar-councils chart's area picker: the link to the picked council's own page, the
 * councils' JSON loaded only when needed, and axe with a council picked. What it shows of
 * this site's councils is checked in test/story/browser/area-picker.test.ts.
 */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/browser.ts";
import { axeViolations, formatViolations } from "../support/axe.ts";
import { pickedIn, pickerOpener } from "../support/area-picker.ts";

const ID = "similar-councils";
const KENT = "E10000016";
const browser = useBrowser();

const open = pickerOpener(browser);

describe("the similar-councils area picker", () => {
  it("links the picked council's own page, /compare/<code>/, and hides the link when nothing is picked", async () => {
    const { page } = await open(`/charts/${ID}/?area=${KENT}`);
    try {
      await pickedIn(page, "Kent");
      const link = page.locator("figure.chart .chart-picker-page a");
      expect(await link.getAttribute("href")).toBe(`/compare/${KENT}/`);
      expect(await link.textContent()).toMatch(/^Kent: its own page/);
      await page.getByLabel("Highlight a council").selectOption("");
      await expect.poll(() => page.locator("figure.chart .chart-picker-page").isHidden()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("loads the councils' JSON only once a council is picked", async () => {
    const { page, requests } = await open(`/charts/${ID}/`);
    try {
      await page.waitForLoadState("networkidle");
      expect(requests.filter((r) => r.endsWith("/areas.json"))).toEqual([]);
      expect(requests.filter((r) => r.endsWith(".csv"))).toEqual([]);
      await page.getByLabel("Highlight a council").selectOption("E06000009");
      await pickedIn(page, "Blackpool");
      expect(requests.filter((r) => r.endsWith("/areas.json"))).toEqual([`/charts/${ID}/areas.json`]);
    } finally {
      await page.close();
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`passes axe with Kent picked and the picker shown (${scheme})`, async () => {
      const context = await browser().newContext({ colorScheme: scheme, viewport: { width: 375, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${inject("baseUrl")}/embed/${ID}/?area=${KENT}`);
        await page.waitForSelector(".chart-picked", { state: "attached" });
        const violations = await axeViolations(page);
        expect(violations, formatViolations(`embed ?area (${scheme})`, violations)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
