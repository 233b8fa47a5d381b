import { describe, expect, it } from "vitest";
import { checkLinks, cssUrls, srcsetUrls } from "../../../scripts/quality/links.ts";
import { fileForPath } from "../../../scripts/quality/site-files.ts";
import { fixtureSite, page } from "./fixture-site.ts";

const ORIGIN = "https://example.org";

describe("srcsetUrls(srcset)", () => {
  it("takes the URL of each candidate, with or without descriptors and spaces", () => {
    expect(srcsetUrls("a.png 1x, /b.png 2x,c.png 640w")).toEqual(["a.png", "/b.png", "c.png"]);
    expect(srcsetUrls(" only.png ")).toEqual(["only.png"]);
    expect(srcsetUrls("")).toEqual([]);
  });
});

describe("cssUrls(css)", () => {
  it("finds quoted and bare url() and @import, skipping data: URLs", () => {
    expect(cssUrls(`@import "x.css"; a{background:url(/i.png)} b{src:url('f.woff2')} c{background:url("data:image/png;base64,AA")}`)).toEqual(["/i.png", "f.woff2", "x.css"]);
  });
});

describe("fileForPath(dir, pathname)", () => {
  const dir = fixtureSite({ "index.html": "", "a/index.html": "", "b.html": "", "c.css": "" });
  it("serves directories from index.html and extensionless paths from .html", () => {
    expect(fileForPath(dir, "/")).toBe(`${dir}/index.html`);
    expect(fileForPath(dir, "/a/")).toBe(`${dir}/a/index.html`);
    expect(fileForPath(dir, "/a")).toBe(`${dir}/a/index.html`);
    expect(fileForPath(dir, "/b")).toBe(`${dir}/b.html`);
    expect(fileForPath(dir, "/c.css")).toBe(`${dir}/c.css`);
  });
  it("finds nothing for missing files or paths that climb out of the site", () => {
    expect(fileForPath(dir, "/b/")).toBeUndefined();
    expect(fileForPath(dir, "/../etc/passwd")).toBeUndefined();
    expect(fileForPath(dir, "/%E0%A4%A")).toBeUndefined();
  });
});

describe("checkLinks(dir, origin)", () => {
  it("accepts a site whose every reference resolves", () => {
    const dir = fixtureSite({
      "index.html": page(
        "Home",
        `<a href="/a/#part">A</a> <a href="a/">A</a> <a href="#top">Top</a> <a href="#">Top</a> <a href="mailto:x@example.org">Mail</a>
         <a href="https://elsewhere.example/">Elsewhere</a> <img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt="">
         <svg><use xlink:href="#sym"></use><symbol id="sym"></symbol></svg>`,
        `<link rel="stylesheet" href="/s.css"><link rel="canonical" href="${ORIGIN}/"><meta property="og:image" content="${ORIGIN}/i.png"><meta property="og:url" content="https://other.example/x">`,
      ),
      "a/index.html": page("A", '<h2 id="part">Part</h2>'),
      "s.css": "body{background:url(bg.png)}",
      "bg.png": "",
      "i.png": "",
      "i2.png": "",
    });
    expect(checkLinks(dir, ORIGIN)).toEqual([]);
  });

  it("reports missing pages, anchors, srcset images, og:image on our origin and url() in linked CSS", () => {
    const dir = fixtureSite({
      "index.html": page(
        "Home",
        '<a href="/gone/">Gone</a> <a href="/a/#nope">Nope</a> <a href="#here">Here</a> <img src="/i.png" srcset="/i.png 1x, /missing.png 2x" alt="">',
        `<link rel="stylesheet" href="/s.css"><meta property="og:image" content="${ORIGIN}/og.png">`,
      ),
      "a/index.html": page("A", "<p>No ids</p>"),
      "s.css": "body{background:url(/bg.png)}",
      "i.png": "",
    });
    expect(checkLinks(dir, ORIGIN).map((p) => `${p.where} ${p.url}: ${p.problem}`)).toEqual([
      "a[href] /gone/: no file for /gone/",
      'a[href] /a/#nope: no id "nope" on /a/',
      'a[href] #here: no id "here" on /',
      "/s.css url() /bg.png: no file for /bg.png",
      "img[srcset] /missing.png: no file for /missing.png",
      `meta[og:image] ${ORIGIN}/og.png: no file for /og.png`,
    ]);
  });
});
