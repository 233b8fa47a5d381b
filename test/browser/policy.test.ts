/**
 * The pages run under the Content-Security-Policy they are served with (the built
 * _headers, written from scripts/lib/headers-policy.ts)
 * without a single violation: each embed with each of its options (they change what loads
 * and runs), the standalone chart SVGs a reader can open on their own, and a chart's
 * tooltip and legend drawn by the island. Every site page is checked in
 * every-page.test.ts; the headers themselves are read in test/static/headers.test.ts.
 */
import { site } from "../support/site.ts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { browserPages } from "../support/pages.ts";
import { startHostSite } from "../support/host-page.ts";
import { allCharts } from "../../src/charts/index.ts";
import { cspViolations } from "../../scripts/quality/csp.ts";

// Sampled as every-page.test.ts samples them (test/support/pages.ts).
const pages = browserPages();
const browser = useBrowser();

describe("under that policy", () => {
  // Each embed with each of its options (the plain embed is among every page's checks),
  // and the standalone chart SVGs.
  const embedOptions = ["?plain=1", "?static=1", "?theme=dark", "?theme=light&plain=1&static=1"];
  const targets = [
    ...pages.filter((p) => p.startsWith("/embed/")).flatMap((p) => embedOptions.map((o) => p + o)),
    ...allCharts(site).map((c) => `/charts/${c.id}.svg`),
  ];
  // One context for them all, as a reader's browser is one: each target is a page of its
  // own, and a policy applies to its own document, so what one loads cannot hide another's
  // violation (and nothing here stores anything). A context each took twice the processor time
  // (48 core-seconds against 21 for this file).
  let shared: BrowserContext;
  beforeAll(async () => {
    shared = await browser().newContext();
  });
  it.concurrent.for(targets)("%s runs with no policy violation", async (path, { expect }) => {
    expect(await cspViolations(shared, inject("baseUrl") + path), path).toEqual([]);
  });

  it("a chart's tooltip and legend toggle, drawn by the island, cause no violation", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const violations = await cspViolations(context, inject("baseUrl") + "/charts/comparators/", async (page) => {
        await page.locator(".chart-graphic").focus();
        await page.keyboard.press("ArrowRight");
        await page.locator(".chart-tooltip:not([hidden])").waitFor();
        await page.locator(".chart-legend-button").first().click();
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a site page cannot be framed by another origin, an embed page can", async () => {
    const id = allCharts(site)[0]!.id;
    const page = await browser().newPage();
    // about:blank with a data URL would be an opaque origin; a page on another server is another
    // origin. Not a file of ours: every response of ours carries a policy that limits framing to 'self'.
    const host = await startHostSite();
    host.put("/", "<!doctype html><title>Another site</title>");
    await page.goto(`${host.url}/`);
    const load = (path: string) =>
      page.evaluate(
        (src) =>
          new Promise<string>((ok) => {
            const f = document.createElement("iframe");
            f.src = src;
            f.onload = () => {
              try {
                ok(f.contentWindow!.location.href);
              } catch {
                ok("cross-origin document");
              }
            };
            document.documentElement.append(f);
          }),
        inject("baseUrl") + path,
      );
    const blocked = await load(`/charts/${id}/`);
    const allowed = await load(`/embed/${id}/`);
    const frames = page.frames().map((f) => f.url());
    expect(frames).toContain(inject("baseUrl") + `/embed/${id}/`);
    expect(frames).not.toContain(inject("baseUrl") + `/charts/${id}/`);
    expect([blocked, allowed]).toEqual(["cross-origin document", "cross-origin document"]);
    await page.close();
    await host.close();
  });
});
