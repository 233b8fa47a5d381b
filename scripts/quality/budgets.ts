/**
 * Gate: bytes each page loads at start, gzipped. "At start" means what the browser
 * fetches before the page is usable, without the reader doing anything:
 *   - HTML: the page itself (inline <style> and <script> included).
 *   - CSS: every <link rel="stylesheet"> and <link rel="preload" as="style">.
 *   - JS: every external <script> the browser runs (classic or module, async or defer),
 *     <link rel="modulepreload">/<link rel="preload" as="script">, and, followed to the
 *     end, every static `import` of those modules (the browser fetches them before the
 *     module runs). Dynamic `import()` is excluded: it loads later, on demand. Inline
 *     scripts count towards the JS budget too (their text, gzipped apart), but not twice
 *     in the total, since they are already in the HTML.
 * Images and fonts are not counted (the site uses neither at start).
 * Imports are found with es-module-lexer (Vite's own), which tells static from dynamic.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { init, parse } from "es-module-lexer";
import { builtPages, fileForPath, isJavaScriptType, readPage } from "./site-files.ts";

/** The budgets per page, in gzipped bytes. */
export const BUDGET = { js: 20 * 1024, total: 100 * 1024 } as const;

export interface PageBytes {
  page: string;
  /** Gzipped sizes in bytes. */
  html: number;
  css: number;
  /** External scripts and their static imports, plus inline scripts. */
  js: number;
  /** html + css + external js. */
  total: number;
  /** The site paths of the CSS and JS files counted, for reports. */
  files: string[];
}

/** Gzipped size at the default level (6), as a static host compresses on the fly. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** The static imports of an ES module's source (dynamic import() left out). */
export async function staticImports(source: string): Promise<string[]> {
  await init;
  const [imports] = parse(source);
  // d === -1: a static import or export-from; d > -1: import(); d === -2: import.meta.
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n!);
}

/** What `page` in `dir` loads at start, gzipped. */
export async function startBytes(dir: string, page: string, origin: string): Promise<PageBytes> {
  const { document, html } = readPage(dir, page);
  const pageUrl = origin + page;
  const own = (href: string | null) => {
    if (!href) return undefined;
    const url = new URL(href, pageUrl);
    return url.origin === origin ? url : undefined;
  };
  const cssUrls = [...document.querySelectorAll('link[rel~="stylesheet"][href], link[rel="preload"][as="style"][href]')].map((l) => own(l.getAttribute("href")));
  const jsUrls = [
    ...[...document.querySelectorAll("script[src]")].filter((s) => isJavaScriptType(s.getAttribute("type"))).map((s) => own(s.getAttribute("src"))),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href], link[rel="preload"][as="script"][href]')].map((l) => own(l.getAttribute("href"))),
  ];
  const counted = new Set<string>();
  const files: string[] = [];
  let css = 0;
  for (const u of cssUrls) {
    if (!u || counted.has(u.pathname)) continue;
    counted.add(u.pathname);
    const file = fileForPath(dir, u.pathname);
    if (file) {
      css += gzipSize(readFileSync(file));
      files.push(u.pathname);
    }
  }
  let externalJs = 0;
  const queue = jsUrls.filter((u): u is URL => u !== undefined);
  // Inline module scripts can import too.
  let inline = "";
  for (const s of document.querySelectorAll("script:not([src])")) {
    if (!isJavaScriptType(s.getAttribute("type"))) continue;
    const text = s.textContent ?? "";
    inline += text;
    if (s.getAttribute("type") === "module") for (const n of await staticImports(text)) queue.push(new URL(n, pageUrl));
  }
  while (queue.length > 0) {
    const u = queue.shift()!;
    if (u.origin !== origin || counted.has(u.pathname)) continue;
    counted.add(u.pathname);
    const file = fileForPath(dir, u.pathname);
    if (!file) continue; // a missing file is the links gate's finding
    const source = readFileSync(file, "utf8");
    externalJs += gzipSize(source);
    files.push(u.pathname);
    for (const n of await staticImports(source)) queue.push(new URL(n, u));
  }
  const htmlBytes = gzipSize(html);
  const inlineJs = inline.trim() === "" ? 0 : gzipSize(inline);
  return { page, html: htmlBytes, css, js: externalJs + inlineJs, total: htmlBytes + css + externalJs, files };
}

/** Start bytes of every page in `dir`. */
export async function siteBytes(dir: string, origin: string): Promise<PageBytes[]> {
  const out: PageBytes[] = [];
  for (const page of builtPages(dir)) out.push(await startBytes(dir, page, origin));
  return out;
}

/** The budgets a page breaks, as readable lines (empty when within budget). */
export function overBudget(b: PageBytes): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const out: string[] = [];
  if (b.js > BUDGET.js) out.push(`${b.page}: JavaScript at start ${kb(b.js)} gzip > ${kb(BUDGET.js)} (${b.files.filter((f) => !f.endsWith(".css")).join(", ") || "inline"})`);
  if (b.total > BUDGET.total) out.push(`${b.page}: HTML+CSS+JS at start ${kb(b.total)} gzip > ${kb(BUDGET.total)}`);
  return out;
}
