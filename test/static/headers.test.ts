/**
 * What the server sends, as a host reading the built _headers would (written from
 * scripts/lib/headers-policy.ts): every built page has
 * one Content-Security-Policy with no inline script or style ('unsafe-inline' nowhere),
 * frames only where it should, and other files have the types and access they need.
 * Read over HTTP from the test server; no browser (that the pages run under the policy
 * without a violation is checked in test/browser/policy.test.ts and every-page.test.ts).
 */
import { site } from "../support/site.ts";
import { describe, expect, inject, it } from "vitest";
import { builtPages } from "../support/pages.ts";
import { allCharts } from "../../src/charts/index.ts";

const pages = builtPages();
const get = (path: string) => fetch(inject("baseUrl") + path, { redirect: "manual" });

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
    expect(directives.get("frame-ancestors"), path).toEqual(embed ? ["*", "file:"] : path === "/404.html" ? ["'none'"] : ["'self'"]);
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

  it("the calendar is UTF-8 text/calendar whose every line, the last too, ends CRLF", async () => {
    const res = await get("/timeline.ics");
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    expect(text.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("oEmbed responses are JSON that other sites may read", async () => {
    const res = await get(`/oembed/${allCharts(site)[0]!.id}.json`);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("an unknown path gets the 404 page with status 404 and the default policy, as on the hosts", async () => {
    for (const path of ["/no-such-page/", "/embed/no-such-chart/", "/%61bout/no-such-page"]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain("Page not found");
      expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors '(none|self)'$/);
    }
  });

  it("an encoded path gets the default policy, as on the hosts, which match the encoded path", async () => {
    const res = await get("/%61bout/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'$/);
  });

  it("the hosts' own configuration files are not served", async () => {
    expect((await get("/_headers")).status).toBe(404);
    expect((await get("/_redirects")).status).toBe(404);
  });
});
