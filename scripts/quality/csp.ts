/**
 * Gate: a page runs under the Content-Security-Policy it is served with (dist/_headers,
 * written from scripts/lib/headers-policy.ts and applied by scripts/static-server.ts)
 * without a single violation. Chromium reports a violation twice, as a
 * `securitypolicyviolation` event in the page and as a console error; both are collected
 * (page-visit.ts), from before the first byte is parsed until the page has loaded and its
 * scripts have had time to run. Every site page is also checked during its full visit
 * (visitPage), which scrolls it to the end as well.
 */
import type { BrowserContext, Page } from "playwright-core";
import { watchPage } from "./page-visit.ts";

/** How long after load late violations (scripts run at idle, lazy content) still count. */
const SETTLE_MS = 300;

/**
 * Every violation the page at `url` reported, as "directive blocked-uri on <element>".
 * `act` can use the page after load (hover a chart, open a tooltip) before it is read.
 */
export async function cspViolations(context: BrowserContext, url: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await context.newPage();
  const watch = await watchPage(page, new URL(url).origin, { blockOtherOrigins: false });
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    if (act) {
      await act(page);
      await page.waitForTimeout(SETTLE_MS);
    }
    return await watch.violations();
  } finally {
    await page.close();
  }
}
