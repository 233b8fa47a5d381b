import { beforeAll, describe, expect, inject, it } from "vitest";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { builtPages } from "../support/pages.ts";
import { strFromU8, unzipSync } from "fflate";
import { validateTable } from "../../src/lib/data/validate-table.ts";
import type { Resource } from "../../src/format/table-schema.ts";

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(String.fromCharCode(...png.slice(12, 16))).toBe("IHDR");
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

// The browser's own XML parser says whether the SVG file is well-formed.
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser().newPage();
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

    // The chart PNG is the only linked file whose name is the id and .png.
    const id = path.split("/")[2]!;
    const pngHref = document.querySelector(`.chart-downloads a[href="/charts/${id}.png"]`)?.getAttribute("href");
    const png = new Uint8Array(await (await fetchOk(base + pngHref)).arrayBuffer());
    expect(pngSize(png).width, "PNG width").toBe(1200);
    expect(pngSize(png).height, "PNG height").toBeGreaterThan(400);

    // The square image for posts is linked in the downloads and is 1080×1080.
    const square = new Uint8Array(await (await fetchOk(base + link(".square.png"))).arrayBuffer());
    expect(pngSize(square)).toEqual({ width: 1080, height: 1080 });

    // Social cards point at the 1200×630 card with an absolute URL, and say its size.
    const meta = (attr: string, name: string) => document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute("content") ?? "";
    const og = meta("property", "og:image");
    expect(og).toMatch(/^https?:\/\/[^/]+\/charts\/[^/]+\.card\.png$/);
    expect(meta("name", "twitter:image")).toBe(og);
    expect([meta("property", "og:image:width"), meta("property", "og:image:height")]).toEqual(["1200", "630"]);
    const card = new Uint8Array(await (await fetchOk(base + new URL(og).pathname)).arrayBuffer());
    expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");

    // The data bundle: read back, its CSV valid against the schema in its datapackage.json.
    const zipRes = await fetchOk(base + link(".zip"));
    const entries = unzipSync(new Uint8Array(await zipRes.arrayBuffer()));
    const pkg = JSON.parse(strFromU8(entries["datapackage.json"]!)) as { resources: Resource[] };
    const resource = pkg.resources[0]!;
    expect(strFromU8(entries[resource.path]!)).toBe(csv);
    expect(validateTable(csv, resource, resource.path).errors).toEqual([]);
    expect(strFromU8(entries["README.md"]!)).toContain(document.querySelector(".chart-cite")!.textContent!.trim());
    expect(document.querySelector(".chart-cite")?.textContent).toContain(title);
  });
});
