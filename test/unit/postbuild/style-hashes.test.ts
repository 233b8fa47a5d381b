import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlinedStyleHashes, styleAttributes, styleElements, styleHash } from "../../../scripts/postbuild/style-hashes.ts";

describe("the site's inlined stylesheets, allowed by hash", () => {
  it("hashes a <style> element's text exactly as written, as a CSP source", () => {
    const css = "\n  .a { color: red }\n";
    expect(styleElements(`<head><style>${css}</style><style data-x="1">b{}</style></head>`)).toEqual([css, "b{}"]);
    expect(styleHash(css)).toBe(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
  });

  it("collects each stylesheet's hash once, sorted, across pages", () => {
    const pages = new Map([["a.html", "<style>b{}</style><style>a{}</style>"], ["b/index.html", "<style>a{}</style>"]]);
    expect(inlinedStyleHashes(pages)).toEqual([styleHash("a{}"), styleHash("b{}")].sort());
  });

  it("stops on a style attribute, naming the file", () => {
    expect(() => inlinedStyleHashes(new Map([["charts/x/index.html", '<p style="color:red">x</p>']]))).toThrow(/^charts\/x\/index\.html: <p style="color:red"> has a style attribute/);
  });

  it("finds style attributes in tags, not in escaped text such as embed code", () => {
    const html = '<p style="color:red">x</p><svg><g font-size="3" style="a:b"></g></svg><textarea>&lt;iframe style=&quot;border:0&quot;&gt;</textarea><p data-style="x">y</p>';
    expect(styleAttributes(html)).toEqual(['<p style="color:red">', '<g font-size="3" style="a:b">']);
  });
});
