/**
 * Opening the similar-councils chart with its area picker, for the picker's browser tests
 * (test/browser/area-picker.test.ts, test/story/browser/area-picker.test.ts).
 */
import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";

/** `open(path, options)` on the test file's browser, which `browser()` returns once connected. */
export function pickerOpener(browser: () => Browser) {
  return async function open(path: string, options: { js?: boolean; width?: number } = {}): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser().newPage({ viewport: { width: options.width ?? 1024, height: 900 }, javaScriptEnabled: options.js ?? true });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(inject("baseUrl") + path);
    if (options.js ?? true) await page.waitForSelector("figure.chart[data-enhanced]");
    return { page, errors, requests };
  };
}

/** A council's picked marks in the visible (wide) layout, once the island has drawn them. */
export async function pickedIn(page: Page, name: string) {
  await page.waitForSelector(`svg.chart-svg--wide .chart-picked[data-series="${name}"]`);
  return page.locator(`svg.chart-svg--wide .chart-picked[data-series="${name}"] .chart-picked-point`);
}
