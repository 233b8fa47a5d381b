/**
 * A build for publishing names no local address anywhere: built with Netlify's `URL` set,
 * every text file (pages, oEmbed JSON, feed, calendar, SVG, data) is read whole, and each
 * chart's PNG must be exactly the rasterisation of its SVG, so its printed source line is
 * the SVG's. A second build, with Cloudflare's `CF_PAGES_URL` and a local link planted in
 * the content, must stop and name the file. Slow (an Astro build each).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { svgToPng } from "../../src/charts/png.ts";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, ".build", `public-url-${process.pid}`);
const out = join(work, "dist");
const SITE = "https://example.org";
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment without any address variable, plus `extra`. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...extra };
  for (const name of ["SITE_URL", "URL", "CF_PAGES_URL"]) if (!(name in extra)) delete e[name];
  return e;
}

const build = (outDir: string, extra: Record<string, string>) => spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: env({ OUT_DIR: outDir, ...extra }), encoding: "utf8" });

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const doc = (path: string) => parseHTML(readFileSync(join(out, path), "utf8")).document;

describe(`built with URL=${SITE}`, () => {
  beforeAll(() => {
    mkdirSync(work, { recursive: true });
    const r = build(out, { URL: SITE });
    if (r.status !== 0) throw new Error(`build with URL set failed:\n${r.stdout}\n${r.stderr}`);
  }, 240_000);

  it("no file names localhost or a loopback address", () => {
    const found: string[] = [];
    let read = 0;
    for (const f of files(out)) {
      const bytes = readFileSync(f);
      if (bytes.includes(0)) continue; // binary (PNG, Pagefind's compressed index): PNGs are checked below
      read++;
      bytes.toString("utf8").split("\n").forEach((l, i) => {
        const m = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/i.exec(l);
        if (m) found.push(`${relative(out, f)}:${i + 1}: ${m[0]}`);
      });
    }
    expect(found).toEqual([]);
    // The scan covered every kind of text the site publishes.
    const kinds = new Set(files(out).map((f) => extname(f)));
    for (const ext of [".html", ".json", ".xml", ".ics", ".svg", ".csv"]) expect(kinds).toContain(ext);
    expect(read).toBeGreaterThan(50);
  });

  it("every link meant to be copied or shared uses the public address", () => {
    const ids = readdirSync(join(out, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const page = doc(`charts/${id}/index.html`);
      expect(page.querySelector(".embed-code-field")!.textContent).toContain(`${SITE}/embed/${id}/`);
      expect(page.querySelector(".chart-cite")!.textContent).toContain(`${SITE}/charts/${id}/`);
      expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(`${SITE}/charts/${id}.card.png`);
      expect(page.querySelector('meta[name="twitter:image"]')!.getAttribute("content")).toBe(`${SITE}/charts/${id}.card.png`);
      expect(page.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")).toBe(`${SITE}/oembed/${id}.json`);
      // A build for publishing is not a preview, and does not say it is.
      expect(page.querySelector("[data-local-preview]")).toBeNull();
      expect(JSON.parse(readFileSync(join(out, `oembed/${id}.json`), "utf8")).provider_url).toBe(`${SITE}/`);
      // The source line printed under the chart, and the PNG drawn from that same SVG.
      const svg = readFileSync(join(out, `charts/${id}.svg`), "utf8");
      expect(svg).toContain(`>${SITE}/charts/${id}/</text>`);
      expect(Buffer.from(svgToPng(svg)).equals(readFileSync(join(out, `charts/${id}.png`)))).toBe(true);
    }
    expect(readFileSync(join(out, "timeline.xml"), "utf8")).toContain(`<link>${SITE}/timeline/#event-`);
    expect(readFileSync(join(out, "timeline.ics"), "utf8")).toContain(`URL:${SITE}/timeline/`);
    expect(doc("sources/index.html").querySelector('script[type="application/ld+json"]')!.textContent).toContain(`"url":"${SITE}/sources/"`);
  });
});

describe("a local address planted in the content", () => {
  it("stops a build for Cloudflare Pages, naming the file, and writes nothing", () => {
    const dir = join(work, "planted", "content");
    const planted = join(work, "planted", "dist");
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, "content"), dir, { recursive: true });
    const about = join(dir, "pages/about.md");
    const text = readFileSync(about, "utf8");
    writeFileSync(about, text.replace("## Method\n", "## Method\n\nA [preview](http://localhost:4321/preview/) of the method.\n"));
    const r = build(planted, { CF_PAGES_URL: "https://abc123.example.pages.dev", CONTENT_DIR: relative(root, dir) });
    expect(r.status).toBe(1);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(/about\/index\.html:\d+: "localhost" names a local address, but this build is for https:\/\/abc123\.example\.pages\.dev\/ \(from CF_PAGES_URL\)/);
    expect(existsSync(planted)).toBe(false);
  });
});
