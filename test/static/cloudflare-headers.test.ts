/**
 * The built site under Cloudflare's own runtime: `wrangler pages dev` serves dist/ as
 * Cloudflare Pages would (its _headers matching, its 404.html handling, its redirects for
 * folders), and every path, unknown and percent-encoded ones included, must carry one
 * Content-Security-Policy, and only a real embed page may be framed by another site.
 * One wrangler process serves every path; requests are sent with node:http, so paths go
 * out exactly as written ("//", "%61").
 */
import { site } from "../support/site.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "../support/pages.ts";
import { builtFiles, builtPages } from "../../scripts/lib/built-pages.ts";
import { allCharts } from "../../src/charts/index.ts";

const WRANGLER = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "wrangler");
// Any date the bundled workerd supports; static assets do not depend on it.
const COMPATIBILITY_DATE = "2025-01-01";

let wrangler: ChildProcess | undefined;
let scratch: string;
let port: number;
let log = "";

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => ok(p));
    });
    s.on("error", fail);
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` exactly as written. */
function get(path: string): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET", headers: { connection: "close" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  port = await freePort();
  // wrangler keeps its state (.wrangler/) in the working folder: a scratch one, not the project.
  scratch = mkdtempSync(join(tmpdir(), "wrangler-"));
  wrangler = spawn(WRANGLER, ["pages", "dev", DIST, "--ip", "127.0.0.1", "--port", String(port), "--compatibility-date", COMPATIBILITY_DATE], {
    cwd: scratch,
    // No telemetry, no prompts, no update check; nothing here needs the network.
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG: "warn", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  wrangler.stdout!.on("data", (c) => (log += c));
  wrangler.stderr!.on("data", (c) => (log += c));
  const until = Date.now() + 60_000;
  for (;;) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler pages dev stopped (exit ${wrangler.exitCode}):\n${log}`);
    try {
      if ((await get("/")).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`wrangler pages dev did not answer within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 90_000);

afterAll(() => {
  wrangler?.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
});

const embedIds = new Set(allCharts(site).map((c) => c.id));
/** The built embeds of the charts' versions: "/embed/<chart id>/v/<version>/" (embed code pins one). */
const versionEmbeds = new Set(builtPages(DIST).filter((p) => /^\/embed\/[^/]+\/v\/[^/]+\/$/.test(p)));
/** A real embed page: exactly "/embed/<chart id>/", or a built version's embed, any query. */
const isEmbedPage = (path: string) => {
  const m = /^\/embed\/([^/?]+)\/(\?.*)?$/.exec(path);
  return (m !== null && embedIds.has(m[1]!)) || versionEmbeds.has(path.split("?")[0]!);
};

/** Every built file, the pages at their own URLs. */
const files = builtFiles(DIST)
  .filter((f) => f !== "_headers" && f !== "_redirects" && !f.endsWith("index.html") && f !== "404.html")
  .map((f) => `/${f}`);
const pages = builtPages(DIST);
const someChart = [...embedIds][0]!;
const unknown = [
  "/no-such-page/",
  "/no-such-page",
  "/no-such-file.html",
  "/charts/no-such-chart/",
  "/embed/",
  "/embed/no-such-chart/",
  "/embed/no-such-chart",
  `/embed/${someChart}/no-such-part/`,
  `/embed/${someChart}x/`,
  `/embed/${someChart}/v/`,
  `/embed/${someChart}/v/000000000000/`,
  "/embed/..%2f/",
  "/404.html",
  "/404",
];
const odd = [
  "//",
  "///",
  "//about/",
  `//embed/${someChart}/`,
  "/%61bout/",
  "/abou%74/",
  `/%65mbed/${someChart}/`,
  `/embed/%${someChart.charCodeAt(0).toString(16)}${someChart.slice(1)}/`,
  `/EMBED/${someChart}/`,
  `/embed//${someChart}/`,
  `/embed/${someChart}`,
  `/embed/${someChart}/index.html`,
  `/embed/${someChart}/?theme=dark&static=1`,
  "/?x=%zz",
  "/%zz",
  "/%",
  "/about/%2e%2e/",
  "/%2e%2e/%2e%2e/etc/passwd",
];

/** Each policy a response carries: a header sent twice, or joined by a comma, is two. */
function policies(a: Answer): string[] {
  const h = a.headers["content-security-policy"];
  const all = (Array.isArray(h) ? h : h === undefined ? [] : [h]).join(", ");
  return all === "" ? [] : all.split(/,\s*(?=default-src)/);
}

describe("under wrangler pages dev", () => {
  it.each([...pages, ...files, ...unknown, ...odd])("%s carries one policy, and is framable by other sites only if it is an embed page", async (path) => {
    const a = await get(path);
    expect(a.status, `${path}: answered`).toBeLessThan(500);
    const p = policies(a);
    expect(p, `${path}: exactly one Content-Security-Policy (${a.status})`).toHaveLength(1);
    const ancestors = /frame-ancestors ([^;]*)/.exec(p[0]!)?.[1]?.trim();
    if (isEmbedPage(path) && a.status === 200) expect(ancestors, path).toBe("* file:");
    else expect(["'none'", "'self'"], `${path}: frame-ancestors ${ancestors} (${a.status})`).toContain(ancestors);
    expect(a.headers["x-content-type-options"], path).toBe("nosniff");
  });

  it("every embed page, each version's included, can be framed by any site", async () => {
    expect(versionEmbeds.size).toBeGreaterThanOrEqual(embedIds.size);
    for (const path of [...[...embedIds].map((id) => `/embed/${id}/`), ...versionEmbeds]) {
      const a = await get(path);
      expect(a.status, path).toBe(200);
      expect(policies(a)[0], path).toMatch(/frame-ancestors \* file:$/);
    }
  });

  it("answers an unknown path with the site's 404 page and status 404, framed by no one", async () => {
    for (const path of ["/no-such-page/", "/embed/no-such-chart/", "/charts/no-such-chart/"]) {
      const a = await get(path);
      expect(a.status, path).toBe(404);
      expect(a.body, path).toContain("Page not found");
    }
    expect(policies(await get("/no-such-page/"))[0]).toMatch(/frame-ancestors 'none'/);
  });

  it("serves no host configuration file", async () => {
    for (const path of ["/_headers", "/_redirects"]) {
      const a = await get(path);
      expect(a.status, path).not.toBe(200);
      expect(a.body, path).not.toContain("Content-Security-Policy:");
    }
  });
});
