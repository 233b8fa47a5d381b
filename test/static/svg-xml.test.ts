/**
 * Every SVG the build writes is well-formed XML under a strict parser: the standalone
 * downloads and any other .svg file, and each SVG drawn inline in a page (taken from the
 * page's markup as written, not re-serialised). An SVG that is not XML cannot be opened
 * as a file, rasterised or reused, even where a browser's HTML parser would forgive it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtFiles } from "../../scripts/lib/built-pages.ts";
import { DIST } from "../support/pages.ts";
import { assertWellFormedXml } from "../support/xml.ts";

/** The outermost <svg>…</svg> elements of an HTML page, as written. */
export function inlineSvgs(html: string): string[] {
  const out: string[] = [];
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/gi;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(tag)) {
    const closing = m[1] === "/";
    const selfClosing = m[2] === "/";
    if (!closing) {
      if (depth === 0) start = m.index;
      if (selfClosing) {
        if (depth === 0) out.push(m[0]);
      } else depth++;
    } else if (--depth === 0) out.push(html.slice(start, m.index + m[0].length));
  }
  return out;
}

const files = builtFiles(DIST);
const svgFiles = files.filter((f) => f.endsWith(".svg"));
const pages = files.filter((f) => f.endsWith(".html"));

describe("every SVG the build writes parses as XML", () => {
  it("finds the standalone downloads and inline drawings to check", () => {
    expect(svgFiles.filter((f) => f.startsWith("charts/")).length).toBeGreaterThan(0);
    expect(pages.some((p) => inlineSvgs(readFileSync(join(DIST, p), "utf8")).length > 0)).toBe(true);
  });

  it.each(svgFiles)("/%s", (f) => {
    assertWellFormedXml(readFileSync(join(DIST, f), "utf8"), f);
  });

  it.each(pages)("inline SVGs of /%s", (p) => {
    // An SVG drawn in HTML is parsed as XML only once it is given its namespace, as a file would declare it.
    for (const [i, svg] of inlineSvgs(readFileSync(join(DIST, p), "utf8")).entries()) {
      const xml = /\sxmlns=/.test(svg.slice(0, svg.indexOf(">"))) ? svg : svg.replace(/^<svg\b/i, '<svg xmlns="http://www.w3.org/2000/svg"');
      assertWellFormedXml(xml, `${p}, inline SVG ${i + 1}`);
    }
  });

  it("a page whose inline SVG has a bare & in an attribute is caught", () => {
    const [svg] = inlineSvgs(`<p>x</p><svg aria-label="Tom & Jerry"><g><svg></svg></g></svg><p>y</p>`);
    expect(svg).toBe(`<svg aria-label="Tom & Jerry"><g><svg></svg></g></svg>`);
    expect(() => assertWellFormedXml(svg!, "planted")).toThrow(/planted is not well-formed XML/);
  });
});
