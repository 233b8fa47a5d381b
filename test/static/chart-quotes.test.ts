/**
 * Curly quotes in chart text: no straight ' or " in what a reader of a chart reads or hears
 * (its title, subtitle, legend, drawing's labels, tooltips, alt text, description, notes,
 * caveat and table) on every chart page, embed, council page and the /charts/ list, nor in
 * the text, title and description of the standalone SVG files. Markup is not reader text:
 * only text nodes (outside <code>, <pre>, <script>, <style>, <textarea>) and the attributes a
 * reader meets (alt, aria-label, title, data-tip) are read. Version pages show what a
 * version showed when it was recorded and are left out.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtDoc, builtPages, DIST, pageFile } from "../support/pages.ts";

const STRAIGHT = /['"]/;
const NOT_READER_TEXT = new Set(["CODE", "PRE", "SCRIPT", "STYLE", "TEXTAREA"]);
const READER_ATTRIBUTES = ["alt", "aria-label", "title", "data-tip"];

type N = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<N>; getAttribute?(n: string): string | null };

/** The reader text under `root` holding a straight quote, each with where it was found. */
export function straightQuotes(root: N): string[] {
  const out: string[] = [];
  const walk = (n: N) => {
    if (n.nodeType === 3) {
      if (STRAIGHT.test(n.textContent ?? "")) out.push(`text: ${n.textContent!.trim()}`);
      return;
    }
    if (n.nodeType !== 1 || NOT_READER_TEXT.has(n.nodeName.toUpperCase())) return;
    for (const a of READER_ATTRIBUTES) {
      const v = n.getAttribute?.(a);
      if (v && STRAIGHT.test(v)) out.push(`${n.nodeName.toLowerCase()} ${a}: ${v}`);
    }
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(root);
  return out;
}

/** Straight quotes in the chart text of a built HTML page (markup, or the shared parsed page): its figures and the chart list's items. */
export function pageFaults(html: string | Document): string[] {
  const document = typeof html === "string" ? parseHTML(html).document : html;
  return [...document.querySelectorAll("figure.chart, li[data-chart]")].flatMap((el) => straightQuotes(el as unknown as N));
}

const pages = builtPages().filter((p) => p === "/charts/" || /^\/(charts|embed|compare)\/[^/]+\/$/.test(p));

describe("chart text has curly quotes", () => {
  it("on every chart page, embed, council page and the list of charts", () => {
    expect(pages.filter((p) => p.startsWith("/compare/")).length).toBeGreaterThan(100);
    const faults = pages.flatMap((p) => pageFaults(builtDoc(p)).map((f) => `${p} ${f}`));
    // One line a kind of fault: every council's page is one template.
    expect([...new Set(faults.map((f) => f.replace(/^\/compare\/[^/]+\//, "/compare/<code>/")))]).toEqual([]);
  });

  it("in the standalone SVG files' text, title and description", () => {
    const files = readdirSync(join(DIST, "charts")).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBeGreaterThan(0);
    const faults = files.flatMap((f) => {
      const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(join(DIST, "charts", f), "utf8").replace(/<\?xml[^>]*>/, "")}</body></html>`);
      return [...document.querySelectorAll("svg")].slice(0, 1).flatMap((svg) => straightQuotes(svg as unknown as N).map((x) => `${f}: ${x}`));
    });
    expect(faults).toEqual([]);
  });

  // What a search result or a shared link shows of a page: its description, from front
  // matter or chart words, typeset as page text is.
  it("in every page's description, og:description and twitter:description", () => {
    const sel = 'meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]';
    const faults = builtPages().flatMap((p) => {
      const head = readFileSync(pageFile(p), "utf8").split("</head>")[0]!;
      return [...parseHTML(`${head}</head><body></body>`).document.querySelectorAll(sel)]
        .map((m) => m.getAttribute("content") ?? "")
        .filter((c) => STRAIGHT.test(c))
        .map((c) => `${p.replace(/^\/compare\/[^/]+\//, "/compare/<code>/")}: ${c}`);
    });
    expect([...new Set(faults)]).toEqual([]);
  });

  // Chart topics are the words of links to a chart from pages that do not show it (/claims/,
  // /respond/, the section lists); evidence kinds and dataset titles are set beside them.
  it("in the links to charts, the kinds of evidence on /claims/ and the dataset captions on /sources/", () => {
    const faults = builtPages()
      .filter((p) => !p.includes("/v/") && !p.startsWith("/changes/"))
      .flatMap((p) => [...builtDoc(p).querySelectorAll('main a[href*="/charts/"], main [data-evidence-kind], main caption')].flatMap((el) => straightQuotes(el as unknown as N).map((f) => `${p.replace(/^\/compare\/[^/]+\//, "/compare/<code>/")} ${f}`)));
    expect([...new Set(faults)]).toEqual([]);
  });

  it("catches a straight apostrophe in a title, a quote in alt text and in a tooltip, and not in markup or code", () => {
    const planted = `<figure class="chart"><h2>Worcestershire's rate</h2><svg aria-label='A "chart"' class="x"><circle data-tip="Essex's 2019" /></svg><code>say "hi"</code><p data-x='"' title="fine">ok</p></figure>`;
    expect(pageFaults(planted)).toEqual(["text: Worcestershire's rate", 'svg aria-label: A "chart"', "circle data-tip: Essex's 2019"]);
  });
});
