/**
 * Gate: every internal link, asset and #anchor in the built site resolves. Reads each
 * page's HTML (and the CSS it links) for every URL a reader or browser may follow, and
 * checks those on our own origin against the files in the folder and the ids on the
 * target page. Links to other sites are not fetched (no network); the third-party gate
 * deals with requests to them.
 */
import { readFileSync } from "node:fs";
import { builtPages, fileForPath, readPage } from "./site-files.ts";

export interface LinkProblem {
  /** The page (URL path) holding the reference. */
  page: string;
  /** Where the reference is, e.g. `a[href]`, `img[srcset]`, `style.css url()`. */
  where: string;
  url: string;
  problem: string;
}

/** One URL referenced by a page, before it is resolved. */
export interface Reference {
  where: string;
  url: string;
  /** The URL it is relative to (the page, or the stylesheet holding a url()). */
  base: string;
}

// Attributes holding one URL, by element.
const URL_ATTRIBUTES: [selector: string, attr: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["iframe[src]", "src"],
  ["source[src]", "src"],
  ["video[src]", "src"],
  ["video[poster]", "poster"],
  ["audio[src]", "src"],
  ["track[src]", "src"],
  ["embed[src]", "src"],
  ["object[data]", "data"],
  ["input[src]", "src"],
  ["form[action]", "action"],
  ["use[href]", "href"],
  ["image[href]", "href"],
];

// Metadata whose content is a URL that crawlers and link previews fetch.
const URL_META = ["og:image", "og:image:url", "og:image:secure_url", "og:url", "og:video", "og:audio", "twitter:image"];

/**
 * The URLs in a srcset. Written by hand: the candidates are "url descriptor" pairs split
 * on commas, and the HTML spec's full algorithm only matters for URLs containing commas,
 * which nothing in this site emits.
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((c) => c.trim().split(/\s+/)[0] ?? "")
    .filter((u) => u.length > 0);
}

/** The url(...) references in a stylesheet (data: URLs skipped). */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const u = m[1] ?? m[2] ?? m[3] ?? "";
    if (u && !u.startsWith("data:")) out.push(u);
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push(m[1] ?? m[2] ?? "");
  return out;
}

/** Every URL a page references, with where it was found. */
export function pageReferences(document: Document, pageUrl: string): Reference[] {
  const refs: Reference[] = [];
  for (const [selector, attr] of URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) {
      refs.push({ where: selector, url: el.getAttribute(attr) ?? "", base: pageUrl });
    }
  }
  for (const el of document.querySelectorAll("[srcset]")) {
    for (const url of srcsetUrls(el.getAttribute("srcset") ?? "")) refs.push({ where: `${el.localName}[srcset]`, url, base: pageUrl });
  }
  // SVG 1.1 markup still writes xlink:href; the selector engine does not take the prefix.
  for (const el of document.querySelectorAll("use, image, a")) {
    const x = el.getAttribute("xlink:href");
    if (x) refs.push({ where: `${el.localName}[xlink:href]`, url: x, base: pageUrl });
  }
  for (const el of document.querySelectorAll("meta[content]")) {
    const key = el.getAttribute("property") ?? el.getAttribute("name") ?? "";
    if (URL_META.includes(key)) refs.push({ where: `meta[${key}]`, url: el.getAttribute("content") ?? "", base: pageUrl });
  }
  for (const el of document.querySelectorAll("style")) {
    for (const url of cssUrls(el.textContent ?? "")) refs.push({ where: "style url()", url, base: pageUrl });
  }
  for (const el of document.querySelectorAll("[style]")) {
    for (const url of cssUrls(el.getAttribute("style") ?? "")) refs.push({ where: `${el.localName}[style] url()`, url, base: pageUrl });
  }
  return refs;
}

/** The ids a page can be linked to with #fragment (ids and the legacy a[name]). */
export function anchorsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of document.querySelectorAll("[id]")) ids.add(el.getAttribute("id") ?? "");
  for (const el of document.querySelectorAll("a[name]")) ids.add(el.getAttribute("name") ?? "");
  return ids;
}

/** Checks every internal reference of every page in `dir`; returns what does not resolve. */
export function checkLinks(dir: string, origin: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (file: string) => {
    let set = anchors.get(file);
    if (!set) {
      set = anchorsOf(readPage(dir, fileToPath(dir, file)).document);
      anchors.set(file, set);
    }
    return set;
  };
  const checkedCss = new Set<string>();
  const check = (page: string, ref: Reference) => {
    const raw = ref.url.trim();
    if (raw === "") return problems.push({ page, where: ref.where, url: ref.url, problem: "empty URL" });
    let url: URL;
    try {
      url = new URL(raw, ref.base);
    } catch {
      return problems.push({ page, where: ref.where, url: raw, problem: "not a valid URL" });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return; // mailto:, tel:, data:
    if (url.origin !== origin) return; // another site: the third-party gate's concern
    const file = fileForPath(dir, url.pathname);
    if (!file) return problems.push({ page, where: ref.where, url: raw, problem: `no file for ${url.pathname}` });
    if (file.endsWith(".css") && !checkedCss.has(file)) {
      checkedCss.add(file);
      const css = readFileSync(file, "utf8");
      for (const u of cssUrls(css)) check(page, { where: `${url.pathname} url()`, url: u, base: url.href });
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // "#" and "#top" scroll to the top of any page (HTML spec), so need no id.
    if (fragment === "" || fragment.toLowerCase() === "top" || !file.endsWith(".html")) return;
    if (!anchorsFor(file).has(fragment)) problems.push({ page, where: ref.where, url: raw, problem: `no id "${fragment}" on ${url.pathname}` });
  };
  for (const page of builtPages(dir)) {
    const { document } = readPage(dir, page);
    anchors.set(fileForPath(dir, page)!, anchorsOf(document));
    for (const ref of pageReferences(document, origin + page)) check(page, ref);
  }
  return problems;
}

function fileToPath(dir: string, file: string): string {
  return file.slice(dir.length).split("\\").join("/");
}

/** One line per problem, for a failing assertion. */
export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.where} ${p.url}: ${p.problem}`).join("\n");
}
