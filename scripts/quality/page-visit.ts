/**
 * One visit to a page that serves several browser gates at once: from before the first
 * byte it records every request the page makes (requests.ts) and every
 * Content-Security-Policy violation it reports (csp.ts); it loads the page, waits until
 * the network has been quiet, scrolls to the end so lazy content loads, waits again, and
 * scrolls back to the top. The open page is then handed back, so axe and layout checks
 * can read the same load instead of loading the page again for each gate.
 */
import type { BrowserContext, Page } from "playwright-core";

/** How long the network must stay quiet before a page counts as idle (as networkidle). */
const QUIET_MS = 500;

export interface PageVisit {
  page: Page;
  /** Every URL the page requested so far, the page itself first. */
  requests: string[];
  /** Every policy violation so far, as "directive blocked-uri on <element>". */
  violations(): Promise<string[]>;
  /** Waits until the network has been quiet for a while. */
  settle(): Promise<void>;
  /** Settles, scrolls to the end so lazy content loads, settles again and scrolls back to the top. */
  scrollThrough(): Promise<void>;
  close(): Promise<void>;
}

/** What watchPage gathers on a page, from before its first byte. */
export interface PageWatch {
  requests: string[];
  violations(): Promise<string[]>;
  settle(): Promise<void>;
}

/**
 * Watches `page` from before its first byte for requests and policy violations. With
 * `blockOtherOrigins`, requests to any origin but `origin` are recorded and then aborted,
 * so nothing leaves the machine.
 */
export async function watchPage(page: Page, origin: string, { blockOtherOrigins }: { blockOtherOrigins: boolean }): Promise<PageWatch> {
  const requests: string[] = [];
  const consoleViolations: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const bump = (d: number) => {
    inFlight += d;
    lastChange = Date.now();
  };
  page.on("request", (r) => {
    requests.push(r.url());
    bump(1);
  });
  page.on("requestfinished", () => bump(-1));
  page.on("requestfailed", () => bump(-1));
  page.on("websocket", (ws) => requests.push(ws.url()));
  // Chromium reports a violation twice, as a `securitypolicyviolation` event in the page
  // and as a console error; both are collected.
  page.on("console", (m) => {
    if (m.type() === "error" && /Content[ -]Security[ -]Policy/i.test(m.text())) consoleViolations.push(`console: ${m.text()}`);
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
  if (blockOtherOrigins) await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));

  const settle = async () => {
    // Counted from now: scripts run at idle (islands, analytics) start after load, and
    // lazy content starts loading a frame or two after it scrolls into view.
    lastChange = Date.now();
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (inFlight <= 0 && Date.now() - lastChange >= QUIET_MS) return;
      await page.waitForTimeout(100);
    }
  };
  return {
    requests,
    settle,
    async violations() {
      const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      // Each violation is usually both an event and a console line; the events say more.
      return events.length > 0 ? events : consoleViolations;
    },
  };
}

/**
 * Opens `url` in a new page of `context`, watches it (watchPage, other origins blocked),
 * loads it to idle, scrolls to the end and back, and hands back the open page.
 */
export async function visitPage(context: BrowserContext, url: string): Promise<PageVisit> {
  const page = await context.newPage();
  const watch = await watchPage(page, new URL(url).origin, { blockOtherOrigins: true });
  const { settle } = watch;
  const scrollThrough = async () => {
    await settle();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await settle();
    await page.evaluate(() => window.scrollTo(0, 0));
  };
  try {
    await page.goto(url, { waitUntil: "load" });
    await scrollThrough();
  } catch (e) {
    await page.close();
    throw e;
  }
  return { page, ...watch, scrollThrough, close: () => page.close() };
}
