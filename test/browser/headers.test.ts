/**
 * What the server sends, as a host reading the built _headers would (written from
 * scripts/lib/headers-policy.ts): every built page has
 * one Content-Security-Policy with no inline script or style ('unsafe-inline' nowhere),
 * frames only where it should, and the pages (embeds with each of their options, and
 * the standalone SVG files) run under that policy without a single violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { builtPages } from "../support/pages.ts";
import { charts } from "../../src/charts/index.ts";
import { cspViolations } from "../../scripts/quality/csp.ts";

const pages = builtPages();
const get = (path: string) => fetch(inject("baseUrl") + path, { redirect: "manual" });
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("headers on every built page", () => {
  it.each(pages)("%s", async (path) => {
    const res = await get(path);
    expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    const csp = res.headers.get("content-security-policy");
    expect(csp, `${path}: no Content-Security-Policy; scripts/lib/headers-policy.ts gave its section no policy`).toBeTruthy();
    // Two policies (rules overlapping in _headers) would both be enforced.
    expect(csp!.match(/default-src/g), `${path}: exactly one policy`).toHaveLength(1);
    const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    // Only the search page may compile WebAssembly (Pagefind's index reader); no page allows inline script or eval.
    expect(directives.get("script-src"), path).toEqual(path.startsWith("/search/") ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(directives.get("object-src"), path).toEqual(["'none'"]);
    // Styles only from the site itself: its files, and its own inlined stylesheets named
    // by hash (scripts/postbuild/style-hashes.ts). No 'unsafe-inline', no style attribute.
    const styleSrc = directives.get("style-src")!;
    expect(styleSrc[0], path).toBe("'self'");
    expect(styleSrc.slice(1).filter((s) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), path).toEqual([]);
    expect(csp, path).not.toContain("unsafe-inline");
    const embed = path.startsWith("/embed/");
    expect(directives.get("frame-ancestors"), path).toEqual(embed ? ["*", "file:"] : ["'self'"]);
  });
});

describe("headers on other files", () => {
  it("embed.js is JavaScript, not to be sniffed", async () => {
    for (const path of ["/embed.js", "/embed-frame.js"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^(text|application)\/javascript/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("oEmbed responses are JSON that other sites may read", async () => {
    const res = await get(`/oembed/${charts[0]!.id}.json`);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("the hosts' own configuration files are not served", async () => {
    expect((await get("/_headers")).status).toBe(404);
    expect((await get("/_redirects")).status).toBe(404);
  });
});

describe("under that policy", () => {
  // Every page; each embed with each of its options (they change what loads and runs);
  // the standalone chart SVGs, which a reader can open on their own.
  const embedOptions = ["?plain=1", "?static=1", "?theme=dark", "?theme=light&plain=1&static=1"];
  const targets = [
    ...pages,
    ...pages.filter((p) => p.startsWith("/embed/")).flatMap((p) => embedOptions.map((o) => p + o)),
    ...charts.map((c) => `/charts/${c.id}.svg`),
  ];
  it.each(targets)("%s runs with no policy violation", async (path) => {
    const context = await browser.newContext();
    try {
      expect(await cspViolations(context, inject("baseUrl") + path), path).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a chart's tooltip and legend toggle, drawn by the island, cause no violation", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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
    const id = charts[0]!.id;
    const page = await browser.newPage();
    // about:blank with a data URL would be an opaque origin; a page on the server's other name is another origin.
    const other = inject("baseUrl").replace("127.0.0.1", "localhost");
    await page.goto(`${other}/embed-frame.js`);
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
  });
});
