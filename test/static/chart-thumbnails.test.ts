/**
 * /charts/ shows a thumbnail of each chart: its share card, a file the build already writes.
 * Read from dist/ without a browser: every chart listed has one, the file exists, it has its
 * size (so nothing shifts as it loads), it is decorative (alt="", inside the link whose text
 * is the chart's title), and those below the first screen load lazily.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";

/** Each listed chart's link and thumbnail, as the page gives them. */
export function thumbnails(html: string) {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll("main li[data-chart]")].map((li) => {
    const link = li.querySelector("a[href]");
    const img = link?.querySelector("img");
    return {
      id: li.getAttribute("data-chart")!,
      href: link?.getAttribute("href") ?? null,
      linkText: link?.textContent?.trim() ?? "",
      src: img?.getAttribute("src") ?? null,
      alt: img?.getAttribute("alt") ?? null,
      width: Number(img?.getAttribute("width")),
      height: Number(img?.getAttribute("height")),
      loading: img?.getAttribute("loading") ?? null,
    };
  });
}

/** What is wrong with the list's thumbnails, one line each; empty when all is well. */
export function thumbnailFaults(html: string, dist: string): string[] {
  const items = thumbnails(html);
  const faults: string[] = [];
  if (items.length === 0) faults.push("no charts listed");
  items.forEach((t, i) => {
    if (!t.src) return faults.push(`${t.id}: no thumbnail inside its link`);
    if (!t.src.startsWith("/") || !existsSync(join(dist, t.src))) faults.push(`${t.id}: ${t.src} is not in dist/`);
    if (!(t.width > 0 && t.height > 0)) faults.push(`${t.id}: thumbnail without width and height`);
    if (t.alt !== "") faults.push(`${t.id}: thumbnail alt is ${JSON.stringify(t.alt)}, not "" (the link's text names the chart)`);
    if (!t.linkText) faults.push(`${t.id}: the link has no text to name the chart`);
    if (i >= 2 && t.loading !== "lazy") faults.push(`${t.id}: thumbnail below the first screen without loading="lazy"`);
  });
  return faults;
}

describe("/charts/ thumbnails", () => {
  const html = readFileSync(join(DIST, "charts", "index.html"), "utf8");

  it("every chart listed has a thumbnail that exists, with its size, decorative, lazy below the first screen", () => {
    expect(thumbnails(html).length).toBeGreaterThanOrEqual(8);
    expect(thumbnailFaults(html, DIST)).toEqual([]);
  });

  it("its thumbnails are the charts' share cards at their shape", () => {
    for (const t of thumbnails(html)) {
      expect(t.src).toBe(`/charts/${t.id}.card.png`);
      expect(t.width / t.height).toBeCloseTo(1200 / 630, 1);
    }
  });

  it("catches a thumbnail whose file is missing, one without a size, and one with alt text", () => {
    const li = (id: string, img: string) => `<li data-chart="${id}"><a href="/charts/${id}/">${img}<span>Title</span></a></li>`;
    const planted = `<main><ul>${li("a", `<img src="/charts/no-such-chart.card.png" alt="" width="240" height="126">`)}${li("b", `<img src="/charts/rate-per-10000.card.png" alt="">`)}${li("c", `<img src="/charts/rate-per-10000.card.png" alt="A chart" width="240" height="126" loading="lazy">`)}${li("d", "")}</ul></main>`;
    const faults = thumbnailFaults(planted, DIST);
    expect(faults.some((f) => f.startsWith("a: /charts/no-such-chart.card.png is not in dist/"))).toBe(true);
    expect(faults.some((f) => f.startsWith("b: thumbnail without width"))).toBe(true);
    expect(faults.some((f) => f.startsWith("c: thumbnail alt"))).toBe(true);
    expect(faults.some((f) => f.startsWith("d: no thumbnail"))).toBe(true);
  });
});
