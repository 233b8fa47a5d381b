/**
 * Gate: a page runs under the Content-Security-Policy it is served with (dist/_headers,
 * written from scripts/lib/headers-policy.ts and applied by scripts/static-server.ts) without a single violation. Chromium reports a
 * violation twice, as a `securitypolicyviolation` event in the page and as a console
 * error; both are collected, from before the first byte is parsed until the page has
 * loaded and its scripts have had time to run.
 */
import type { BrowserContext, Page } from "playwright-core";

/** How long after load late violations (scripts run at idle, lazy content) still count. */
const SETTLE_MS = 300;

/**
 * Every violation the page at `url` reported, as "directive blocked-uri on <element>".
 * `act` can use the page after load (hover a chart, open a tooltip) before it is read.
 */
export async function cspViolations(context: BrowserContext, url: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await context.newPage();
  const found: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content[ -]Security[ -]Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
  });
  // Init scripts come from the browser's automation, not the page, so the policy does
  // not apply to them; this one is in place before the page's first element.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      const el = e.target instanceof Element ? e.target.tagName.toLowerCase() : "document";
      seen.push(`${e.effectiveDirective} ${e.blockedURI || "(inline)"} on <${el}> ${e.sample ? `"${e.sample}"` : ""}`.trim());
    }, true);
  });
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    if (act) {
      await act(page);
      await page.waitForTimeout(SETTLE_MS);
    }
    const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    // Each violation is usually both an event and a console line; the events say more.
    return events.length > 0 ? events : found;
  } finally {
    await page.close();
  }
}
