/**
 * Gate: no page makes a request to another origin. The page visit (page-visit.ts, read
 * by test/support/page-gates.ts) records every request a page makes in Chromium
 * (documents, scripts, styles, images, fonts, fetches, beacons, websockets) until the
 * network has been quiet, after scrolling to the end so lazy content loads; requests to
 * other origins are recorded and then aborted, so nothing leaves the machine. This file
 * picks out the ones to other origins, and finds connection hints in the markup.
 */

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
