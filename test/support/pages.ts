/** The built site the browser tests read, and its pages (found by the build's own helper). */
import { join } from "node:path";
import { builtPages as pagesIn } from "../../scripts/lib/built-pages.ts";
import { readPage } from "../../scripts/quality/site-files.ts";

export const DIST = join(import.meta.dirname, "..", "..", "dist");

/** URL paths of every HTML page in `dir` (default dist/), redirect pages aside. */
export function builtPages(dir = DIST): string[] {
  return pagesIn(dir);
}

/**
 * The built page served at `path` ("/about/", "/404.html"), parsed once per version of its
 * file and shared by every test in the worker (scripts/quality/site-files.ts): read it, do
 * not change it.
 */
export const builtDoc = (path: string, dir = DIST): Document => readPage(dir, path).document;

/** The file in `dir` that serves a page's URL path: "/" → index.html, "/about/" → about/index.html, "/404.html" → 404.html. */
export function pageFile(path: string, dir = DIST): string {
  return path.endsWith(".html") ? join(dir, path) : join(dir, path, "index.html");
}

/** A council's page, /compare/<code>/ (src/pages/compare/). */
const COUNCIL_PAGE = /^\/compare\/[^/]+\/$/;

/** A page or embed of one version of a chart: /charts/<id>/v/<version>/, /embed/<id>/v/<version>/. */
const VERSION_PAGE = /^\/(charts|embed)\/([^/]+)\/v\/[^/]+\/$/;

/**
 * The pages the browser suite loads: every page, except that of the council pages (some
 * 150, all drawn by one template) only a handful is loaded, chosen without chance: the
 * first and last by code, three spread evenly between, and the site's own council's; and
 * of the version pages and embeds (one template each, like the chart's own page and embed),
 * those of one chart, the first by id. The no-browser checks (test/static/) read every one.
 */
export function browserPages(all: readonly string[] = builtPages(), ownCouncil?: string): string[] {
  const councils = all.filter((p) => COUNCIL_PAGE.test(p));
  const n = councils.length;
  const picked = new Set([0, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - 1].filter((i) => i >= 0 && i < n).map((i) => councils[i]!));
  if (ownCouncil && councils.includes(`/compare/${ownCouncil}/`)) picked.add(`/compare/${ownCouncil}/`);
  const versioned = all.map((p) => VERSION_PAGE.exec(p)?.[2]).filter((id): id is string => id !== undefined).sort()[0];
  return all.filter((p) => (!COUNCIL_PAGE.test(p) || picked.has(p)) && (VERSION_PAGE.exec(p)?.[2] ?? versioned) === versioned);
}
