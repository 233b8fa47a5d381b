/**
 * Gate: a page runs under the Content-Security-Policy it is served with (public/_headers,
 * applied by scripts/static-server.ts) without a single violation. Violations are
 * collected from before the first byte is parsed until the page has loaded, its scripts
 * have had time to run and its lazy content has loaded (page-visit.ts).
 */
import type { BrowserContext, Page } from "playwright-core";
import { visitPage } from "./page-visit.ts";

/** How long after an action late violations (a tooltip drawn, a script loaded) still count. */
const SETTLE_MS = 300;

/**
 * Every violation the page at `url` reported, as "directive blocked-uri on <element>".
 * `act` can use the page after load (hover a chart, open a tooltip) before it is read.
 */
export async function cspViolations(context: BrowserContext, url: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const visit = await visitPage(context, url);
  try {
    if (act) {
      await act(visit.page);
      await visit.page.waitForTimeout(SETTLE_MS);
    }
    return await visit.violations();
  } finally {
    await visit.close();
  }
}
