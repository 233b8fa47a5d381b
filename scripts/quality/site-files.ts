/**
 * Reads a built site the way the static server serves it: URL paths to files, pages
 * parsed once. Every quality gate works from a folder, so tests can point it at a
 * temporary copy with a planted fault.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtPages } from "../lib/built-pages.ts";

export { builtPages };

/**
 * The file `pathname` is served from, or undefined: "/a/" → a/index.html, "/a" → a,
 * a.html or a/index.html (as scripts/static-server.ts resolves them).
 */
export function fileForPath(dir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const rel = decoded.replace(/^\/+/, "");
  const candidates = decoded.endsWith("/") ? [join(rel, "index.html")] : [rel, `${rel}.html`, join(rel, "index.html")];
  for (const c of candidates) {
    const p = join(dir, c);
    // join() normalises "..": refuse anything that climbs out of the site.
    if (!p.startsWith(dir)) return undefined;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

/** A built page's markup and DOM (linkedom: enough DOM for querySelector, no layout). */
export interface ParsedPage {
  path: string;
  file: string;
  html: string;
  document: Document;
}

/** Parsed pages by file, with the size and time of the version parsed. */
const parsed = new Map<string, { size: number; mtimeMs: number; page: ParsedPage }>();

/**
 * Parses the page served at `path` in `dir`, once per version of its file: the gates and
 * the static tests read the same ~240 pages (some 25 MB of HTML) many times over, and
 * parsing was most of their time. A file rewritten since (a planted fault, a new build)
 * has a new modification time and is parsed afresh. Callers read the document and must
 * not change it; a test that edits a page parses its own copy.
 */
export function readPage(dir: string, path: string): ParsedPage {
  const file = fileForPath(dir, path);
  if (!file) throw new Error(`${path}: no file in ${dir}`);
  const { size, mtimeMs } = statSync(file);
  const known = parsed.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return { ...known.page, path };
  const html = readFileSync(file, "utf8");
  const page: ParsedPage = { path, file, html, document: parseHTML(html).document as unknown as Document };
  parsed.set(file, { size, mtimeMs, page });
  return page;
}

/** Script types the browser runs (and so fetches when they have a src). */
export function isJavaScriptType(type: string | null): boolean {
  const t = (type ?? "").trim().toLowerCase();
  return t === "" || t === "module" || t === "text/javascript" || t === "application/javascript";
}
