/**
 * Gate: no page makes a request to another origin. Loads a page in Chromium, records
 * every request it makes (documents, scripts, styles, images, fonts, fetches, beacons,
 * websockets) until the network has been quiet, scrolls to the end so lazy content
 * loads, waits again, and returns what it asked for. Requests to other origins are
 * recorded and then aborted, so nothing leaves the machine.
 */
import type { BrowserContext, Page } from "playwright-core";

/** How long the network must stay quiet before a page counts as idle (as networkidle). */
const QUIET_MS = 500;

/** Every URL a page requested while loading to idle and scrolling to its end. */
export async function requestsWhileLoading(context: BrowserContext, url: string): Promise<string[]> {
  const origin = new URL(url).origin;
  const page = await context.newPage();
  const seen: string[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const bump = (d: number) => {
    inFlight += d;
    lastChange = Date.now();
  };
  page.on("request", (r) => {
    seen.push(r.url());
    bump(1);
  });
  page.on("requestfinished", () => bump(-1));
  page.on("requestfailed", () => bump(-1));
  page.on("websocket", (ws) => seen.push(ws.url()));
  await page.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));
  try {
    await page.goto(url, { waitUntil: "load" });
    // Scripts run at idle (islands, analytics) start after load: count quiet from load.
    lastChange = Date.now();
    await quiet(page, () => inFlight, () => lastChange);
    // Lazy content starts loading a frame or two after it scrolls into view; the quiet
    // period is counted from the scroll, not from the last request before it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    lastChange = Date.now();
    await quiet(page, () => inFlight, () => lastChange);
  } finally {
    await page.close();
  }
  return seen;
}

async function quiet(page: Page, inFlight: () => number, lastChange: () => number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (inFlight() <= 0 && Date.now() - lastChange() >= QUIET_MS) return;
    await page.waitForTimeout(100);
  }
}

/** The requests not to `origin` (data: and blob: URLs never leave the page). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return false;
    return url.origin !== origin;
  });
}

/**
 * Connection hints to other origins in a page's markup. A preconnect or dns-prefetch
 * opens a connection (telling the other host who is reading) without a request the
 * browser check can see, so these are found in the HTML instead.
 */
export function foreignConnectionHints(document: Document, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const out: string[] = [];
  for (const link of document.querySelectorAll("link[rel][href]")) {
    const rels = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rels.some((r) => r === "preconnect" || r === "dns-prefetch")) continue;
    const href = link.getAttribute("href") ?? "";
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue; // not a URL: the links gate reports it
    }
    if (url.origin !== origin) out.push(`${rels.join(" ")} ${href}`);
  }
  return out;
}
