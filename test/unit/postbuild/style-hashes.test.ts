import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addStyleHashes, styleAttributes, styleElements, styleHash } from "../../../scripts/postbuild/style-hashes.ts";

describe("the site's inlined stylesheets, allowed by hash", () => {
  it("hashes a <style> element's text exactly as written, as a CSP source", () => {
    const css = "\n  .a { color: red }\n";
    expect(styleElements(`<head><style>${css}</style><style data-x="1">b{}</style></head>`)).toEqual([css, "b{}"]);
    expect(styleHash(css)).toBe(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
  });

  it("adds the hashes to style-src in every policy and nowhere else", () => {
    const headers = "/*\n  X-Content-Type-Options: nosniff\n/a/*\n  Content-Security-Policy: default-src 'self'; style-src 'self'; img-src 'self'\n/b/*\n  Content-Security-Policy: style-src 'self'; frame-ancestors *\n";
    const out = addStyleHashes(headers, ["'sha256-A'", "'sha256-B'"]);
    expect(out.split("\n").filter((l) => l.includes("sha256"))).toEqual([
      "  Content-Security-Policy: default-src 'self'; style-src 'self' 'sha256-A' 'sha256-B'; img-src 'self'",
      "  Content-Security-Policy: style-src 'self' 'sha256-A' 'sha256-B'; frame-ancestors *",
    ]);
    expect(out).toContain("X-Content-Type-Options: nosniff");
  });

  it("stops on a policy with no style-src 'self' to extend, naming the line", () => {
    expect(() => addStyleHashes("/x\n  Content-Security-Policy: default-src 'self'\n", ["'sha256-A'"], "dist/_headers")).toThrow(/dist\/_headers:2: .*style-src 'self'/);
  });

  it("finds style attributes in tags, not in escaped text such as embed code", () => {
    const html = '<p style="color:red">x</p><svg><g font-size="3" style="a:b"></g></svg><textarea>&lt;iframe style=&quot;border:0&quot;&gt;</textarea><p data-style="x">y</p>';
    expect(styleAttributes(html)).toEqual(['<p style="color:red">', '<g font-size="3" style="a:b">']);
  });
});
