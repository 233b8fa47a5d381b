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
import { useBrowser } from "../support/browser.ts";
import { DIST } from "../support/pages.ts";
import { pageGates, type PageGates } from "../support/page-gates.ts";
import type { AxeViolation } from "../support/axe.ts";
import { serveStatic, type RunningServer } from "../../scripts/static-server.ts";
import { fileForPath } from "../../scripts/quality/site-files.ts";
import { foreignRequests } from "../../scripts/quality/requests.ts";
import { cspViolations } from "../../scripts/quality/csp.ts";

// The home page always exists; faults go at the end of its <main>.
const VICTIM = "/";
let site: string;
let original: string;
const browser = useBrowser();
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
  server = await serveStatic(site);
});
afterEach(() => writeFileSync(fileForPath(site, VICTIM)!, original));
afterAll(async () => {
  await server?.close();
  await withHeaders?.close();
  rmSync(site, { recursive: true, force: true });
});

describe("the clean copy passes every browser gate", () => {
  it("requests, policy and axe", async () => {
    const clean = await pageGates(browser(), withHeaders.url + VICTIM);
    expect(foreignRequests(clean.requests, withHeaders.url)).toEqual([]);
    expect(clean.violations).toEqual([]);
    expect(clean.axe).toEqual({ 375: { light: [], dark: [] }, 1280: { light: [], dark: [] } });
  });
});

/**
 * The planted faults that need no policy, all on one page read by one visit: a fault the
 * visit misses is missing from the lists below, and one it finds in the wrong scheme or at
 * the wrong width is in the wrong list. (A visit with axe's four runs is the cost of this
 * file, so the faults share one rather than taking one each.)
 */
const FAULTS = [
  // Requests to another origin: an image, a lazy image far below the fold, a beacon sent
  // once the page is idle, and an image only a wide screen loads, once the page widens.
  '<img src="https://example.com/pixel.png" alt="A pixel">',
  '<div style="height:3000px"></div><img loading="lazy" src="https://cdn.example.net/late.png" alt="Late">',
  '<script>requestIdleCallback(() => navigator.sendBeacon("https://stats.example.org/hit", "x"));</script>',
  '<picture><source media="(min-width: 1000px)" srcset="https://cdn.example.net/wide.png"><img src="/favicon.svg" width="16" height="16" alt="Wide"></picture>',
  // axe: an image with no text alternative (every scheme and width); text with enough
  // contrast only in the light scheme; text too faint only on a narrow screen, and only on a wide one.
  '<img class="planted-alt" src="/favicon.svg" width="16" height="16">',
  '<p class="planted-dim">Dim in the dark</p><style>.planted-dim{color:#2a2a2a}</style>',
  '<p class="planted-narrow">Faint on phones</p><style>@media (max-width: 600px) { .planted-narrow { color: #bbb; } }</style>',
  '<p class="planted-wide">Faint on laptops</p><style>@media (min-width: 1000px) { .planted-wide { color: #bbb; } }</style>',
].join("");

/** Each violation as "rule on element": the planted element's class, or axe's whole selector for anything else. */
const found = (violations: AxeViolation[]): string[] =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} on ${/planted-\w+/.exec(n.target.join(" "))?.[0] ?? n.target.join(" ")}`)).sort();

describe("each browser gate reports a planted fault", () => {
  // The site's own <style> elements are allowed by hash; these are not the site's.
  it("policy: a style attribute, a <style> element and Plot's <style> inside an SVG are blocked and reported", async () => {
    plant('<p style="color: red">Red</p><style>.planted { color: red }</style><svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><style>text { white-space: pre }</style></svg>');
    const context = await browser().newContext();
    try {
      const violations = await cspViolations(context, withHeaders.url + VICTIM);
      expect(violations.map((v) => v.split(" ")[0]).sort()).toEqual(["style-src-attr", "style-src-elem", "style-src-elem"]);
    } finally {
      await context.close();
    }
  });

  describe("requests and axe, from one visit to a page holding every fault", () => {
    let gates: PageGates;
    beforeAll(async () => {
      plant(FAULTS);
      gates = await pageGates(browser(), server.url + VICTIM);
    });

    it("requests: an image from another origin, a lazy one far below the fold, an idle-time beacon, and an image only a wide screen loads", () => {
      expect(foreignRequests(gates.requests, server.url).sort()).toEqual([
        "https://cdn.example.net/late.png",
        "https://cdn.example.net/wide.png",
        "https://example.com/pixel.png",
        "https://stats.example.org/hit",
      ]);
    });

    it("axe: the missing text alternative everywhere, each faint text only in its scheme and at its width", () => {
      expect(found(gates.axe[375].light)).toEqual(["color-contrast on planted-narrow", "image-alt on planted-alt"]);
      expect(found(gates.axe[375].dark)).toEqual(["color-contrast on planted-dim", "image-alt on planted-alt"]);
      expect(found(gates.axe[1280].light)).toEqual(["color-contrast on planted-wide", "image-alt on planted-alt"]);
      expect(found(gates.axe[1280].dark)).toEqual(["color-contrast on planted-dim", "image-alt on planted-alt"]);
    });
  });
});
