import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { builtPages } from "../support/pages.ts";

// The browser's own XML parser says whether the SVG file is well-formed.
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const chartPages = builtPages().filter((p) => /^\/charts\/[^/]+\/$/.test(p));
const fetchOk = async (url: string) => {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res;
};

describe("every chart page's downloads exist and open", () => {
  it("finds the chart pages", () => {
    expect(chartPages.length).toBeGreaterThanOrEqual(7);
  });

  it.each(chartPages)("%s", async (path) => {
    const base = inject("baseUrl");
    const html = await (await fetchOk(base + path)).text();
    const { document } = parseHTML(html);
    const link = (text: string) => document.querySelector(`.chart-downloads a[href$="${text}"]`)?.getAttribute("href");

    const csv = await (await fetchOk(base + link(".csv"))).text();
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBeGreaterThan(0);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["source_id", "source_release"]));

    const svgRes = await fetchOk(base + link(".svg"));
    const svg = await svgRes.text();
    const title = document.querySelector("h1")!.textContent!.trim();
    expect(svgRes.headers.get("content-type")).toContain("svg");
    const parsed2 = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, "image/svg+xml");
      return { error: xml.querySelector("parsererror")?.textContent ?? null, root: xml.documentElement.nodeName, title: xml.querySelector("svg > title")?.textContent };
    }, svg);
    expect(parsed2).toEqual({ error: null, root: "svg", title });
    expect(svg).toMatch(/Sources?: /);

    const png = new Uint8Array(await (await fetchOk(base + link(".png"))).arrayBuffer());
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer);
    expect(view.getUint32(16), "PNG width").toBe(1200);
    expect(view.getUint32(20), "PNG height").toBeGreaterThan(400);

    // Social cards point at the PNG with an absolute URL.
    const og = document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
    expect(og).toMatch(/^https?:\/\/[^/]+\/charts\/[^/]+\.png$/);
    expect(new URL(og).pathname).toBe(link(".png"));
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
    expect(document.querySelector(".chart-cite")?.textContent).toContain(title);
  });
});
