/**
 * Each browser gate catches a fault planted in a temporary copy of the built site: an
 * external image, a lazy image and a beacon to another origin, an inline style the
 * Content-Security-Policy blocks, and axe violations that show only in one scheme or at
 * one width. The faults are read by the same page visit every built page gets
 * (test/support/page-gates.ts, scripts/quality/page-visit.ts). The clean copy passes
 * first, so each failure is the planted fault and nothing else. (The file gates' planted
 * faults are in test/static/gates-catch-faults.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { connectBrowser } from "../support/browser.ts";
import { DIST } from "../support/pages.ts";
import { GATE_WIDTHS, pageGates } from "../support/page-gates.ts";
import { serveStatic, type RunningServer } from "../../scripts/static-server.ts";
import { fileForPath } from "../../scripts/quality/site-files.ts";
import { foreignRequests, requestsWhileLoading } from "../../scripts/quality/requests.ts";
import { cspViolations } from "../../scripts/quality/csp.ts";

// The home page always exists; faults go at the end of its <main>.
const VICTIM = "/";
let site: string;
let original: string;
let browser: Browser;
let server: RunningServer;
/** The same copy served with the site's headers, for the policy gate. */
let withHeaders: RunningServer;

/** Puts `markup` at the end of the victim page's main content. */
function plant(markup: string): void {
  const at = original.includes("</main>") ? "</main>" : "</body>";
  writeFileSync(fileForPath(site, VICTIM)!, original.replace(at, markup + at));
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "gates-"));
  cpSync(DIST, site, { recursive: true });
  original = readFileSync(fileForPath(site, VICTIM)!, "utf8");
  // The policy gate needs the site's headers (read once, when a server starts); the
  // request gate must catch a third-party request in the page itself, so the other server
  // sends no Content-Security-Policy, which would block it first.
  withHeaders = await serveStatic(site);
  rmSync(join(site, "_headers"), { force: true });
  browser = await connectBrowser();
  server = await serveStatic(site);
});
afterEach(() => writeFileSync(fileForPath(site, VICTIM)!, original));
afterAll(async () => {
  await server?.close();
  await withHeaders?.close();
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

describe("the clean copy passes every browser gate", () => {
  it("requests, policy and axe", async () => {
    const plain = await pageGates(browser, server.url + VICTIM);
    expect(foreignRequests(plain.requests, server.url)).toEqual([]);
    expect(plain.axe).toEqual({ 375: { light: [], dark: [] }, 1280: { light: [], dark: [] } });
    expect((await pageGates(browser, withHeaders.url + VICTIM)).violations).toEqual([]);
  });
});

describe("each browser gate reports a planted fault", () => {
  // The site's own <style> elements are allowed by hash; these are not the site's.
  it("policy: a style attribute, a <style> element and Plot's <style> inside an SVG are blocked and reported", async () => {
    plant('<p style="color: red">Red</p><style>.planted { color: red }</style><svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><style>text { white-space: pre }</style></svg>');
    const context = await browser.newContext();
    try {
      const violations = await cspViolations(context, withHeaders.url + VICTIM);
      expect(violations.map((v) => v.split(" ")[0]).sort()).toEqual(["style-src-attr", "style-src-elem", "style-src-elem"]);
    } finally {
      await context.close();
    }
  });

  it("requests: an image from another origin", async () => {
    plant('<img src="https://example.com/pixel.png" alt="A pixel">');
    const context = await browser.newContext();
    try {
      expect(foreignRequests(await requestsWhileLoading(context, server.url + VICTIM), server.url)).toEqual(["https://example.com/pixel.png"]);
    } finally {
      await context.close();
    }
  });

  it("requests: a lazily loaded image far below the fold", async () => {
    plant('<div style="height:3000px"></div><img loading="lazy" src="https://cdn.example.net/late.png" alt="Late">');
    const context = await browser.newContext();
    try {
      expect(foreignRequests(await requestsWhileLoading(context, server.url + VICTIM), server.url)).toEqual(["https://cdn.example.net/late.png"]);
    } finally {
      await context.close();
    }
  });

  it("requests: an analytics beacon sent once the page is idle", async () => {
    plant('<script>requestIdleCallback(() => navigator.sendBeacon("https://stats.example.org/hit", "x"));</script>');
    const context = await browser.newContext();
    try {
      expect(foreignRequests(await requestsWhileLoading(context, server.url + VICTIM), server.url)).toEqual(["https://stats.example.org/hit"]);
    } finally {
      await context.close();
    }
  });

  it("requests: an image only a wide screen loads, once the page widens", async () => {
    plant('<picture><source media="(min-width: 1000px)" srcset="https://cdn.example.net/wide.png"><img src="/favicon.svg" width="16" height="16" alt="Wide"></picture>');
    expect(foreignRequests((await pageGates(browser, server.url + VICTIM)).requests, server.url)).toEqual(["https://cdn.example.net/wide.png"]);
  });

  it("axe: an image with no text alternative, at every scheme and width", async () => {
    plant('<img src="/favicon.svg" width="16" height="16">');
    const { axe } = await pageGates(browser, server.url + VICTIM);
    for (const width of GATE_WIDTHS) {
      for (const scheme of ["light", "dark"] as const) expect(axe[width][scheme].map((v) => v.id), `${scheme}, ${width} px`).toEqual(["image-alt"]);
    }
  });

  it("axe: text that has enough contrast only in the light scheme", async () => {
    plant('<p class="planted">Dim in the dark</p><style>.planted{color:#2a2a2a}</style>');
    const { axe } = await pageGates(browser, server.url + VICTIM);
    for (const width of GATE_WIDTHS) {
      expect(axe[width].light, `${width} px`).toEqual([]);
      expect(axe[width].dark.map((v) => v.id), `${width} px`).toEqual(["color-contrast"]);
    }
  });

  it("axe: text too faint only on a narrow screen, and only on a wide one", async () => {
    plant('<p class="planted">Faint on phones</p><style>@media (max-width: 600px) { .planted { color: #bbb; } }</style>');
    const narrow = (await pageGates(browser, server.url + VICTIM)).axe;
    expect(narrow[1280].light).toEqual([]);
    expect(narrow[375].light.map((v) => v.id)).toEqual(["color-contrast"]);
    plant('<p class="planted">Faint on laptops</p><style>@media (min-width: 1000px) { .planted { color: #bbb; } }</style>');
    const wide = (await pageGates(browser, server.url + VICTIM)).axe;
    expect(wide[375].light).toEqual([]);
    expect(wide[1280].light.map((v) => v.id)).toEqual(["color-contrast"]);
  });
});
