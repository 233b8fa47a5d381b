/**
 * Each chart's table in full once: read from the built HTML (no browser needed, but it
 * needs dist/, like the other tests here). A chart's table may stand open only on the
 * chart's own page; anywhere else it is folded into a <details>, or, on embed pages,
 * not shown at all (embed.css hides it; checked below). Long tables in a story fold too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtDoc, builtPages, DIST } from "../support/pages.ts";

const STORY = ["/", "/proposal/", "/why/", "/what-happened-next/"];
const pages = builtPages();
const file = (path: string) => join(DIST, path, path.endsWith("/") ? "index.html" : "");
const doc = (path: string) => builtDoc(path);
const embedCss = readFileSync(join(import.meta.dirname, "..", "..", "src", "styles", "embed.css"), "utf8");

/** For each chart id, the pages that show its table open (not inside a <details>). */
function openChartTables(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of pages) {
    const d = doc(path);
    if (d.body.classList.contains("embed-body")) continue;
    for (const fig of Array.from(d.querySelectorAll("figure.chart[data-chart]"))) {
      const id = fig.getAttribute("data-chart")!;
      const open = Array.from(fig.querySelectorAll("table")).filter((t) => !t.closest("details"));
      if (open.length > 0) out.set(id, [...(out.get(id) ?? []), path]);
    }
  }
  return out;
}

describe("each chart's table in full once", () => {
  it("finds the chart pages", () => {
    expect(pages.filter((p) => /^\/charts\/[^/]+\/$/.test(p)).length).toBeGreaterThan(3);
  });

  it("shows each chart's table open on its own page and its versions' pages, and nowhere else", () => {
    const open = openChartTables();
    const chartIds = pages.map((p) => /^\/charts\/([^/]+)\/$/.exec(p)?.[1]).filter((id): id is string => !!id);
    // A version's page (/charts/<id>/v/<version>/) is that version's own chart page, and a
    // council's page (/compare/<code>/) that council's own drawing of its chart.
    const councilPages = pages.filter((p) => /^\/compare\/[^/]+\/$/.test(p));
    const councilChart = new Set(councilPages.flatMap((p) => Array.from(doc(p).querySelectorAll("figure.chart[data-chart]"), (f) => f.getAttribute("data-chart")!)));
    expect(councilChart.size).toBeLessThanOrEqual(1);
    const ownPages = (id: string) => pages.filter((p) => p === `/charts/${id}/` || p.startsWith(`/charts/${id}/v/`) || (councilChart.has(id) && councilPages.includes(p)));
    for (const id of chartIds) expect(ownPages(id).length, id).toBeGreaterThan(1);
    for (const id of chartIds) expect(open.get(id), id).toEqual(ownPages(id));
    for (const [id, where] of open) expect(where, id).toEqual(ownPages(id));
  });

  it("embed pages carry the table in the markup but embed.css does not show it", () => {
    expect(embedCss).toMatch(/\.embed-body \.chart-data\s*\{\s*display:\s*none;?\s*\}/);
    const embeds = pages.filter((p) => p.startsWith("/embed/"));
    expect(embeds.length).toBeGreaterThan(0);
    for (const p of embeds) expect(doc(p).body.classList.contains("embed-body"), p).toBe(true);
  });

  it.each(STORY)("on %s, every chart folds its table and links to the chart's page", (path) => {
    const d = doc(path);
    const figures = Array.from(d.querySelectorAll("figure.chart[data-chart]"));
    for (const fig of figures) {
      const id = fig.getAttribute("data-chart")!;
      const details = fig.querySelector("details.fold");
      expect(details, `${path} ${id}: a fold`).not.toBeNull();
      expect(details!.querySelector("summary")?.textContent?.trim().length, `${path} ${id}: the fold is named`).toBeGreaterThan(5);
      expect(details!.querySelector("table tbody tr"), `${path} ${id}: the table is inside the fold`).not.toBeNull();
      expect(fig.querySelector(`a[href="/charts/${id}/"]`), `${path} ${id}: link to the chart's page`).not.toBeNull();
      // The drawing is never folded away.
      expect(fig.querySelector("svg.chart-svg")?.closest("details"), `${path} ${id}: chart outside the fold`).toBeNull();
    }
  });

  it("story pages show at least one chart with its description open", () => {
    const open = STORY.flatMap((p) => Array.from(doc(p).querySelectorAll("figure.chart .chart-description")).filter((e) => !e.closest("details")));
    expect(open.length).toBeGreaterThan(3);
  });

  it.each(STORY)("on %s, a table of more than six rows or four columns is folded", (path) => {
    for (const table of Array.from(doc(path).querySelectorAll("main table"))) {
      const rows = table.querySelectorAll("tbody tr").length;
      const cols = table.querySelector("tr")?.children.length ?? 0;
      if (rows > 6 || cols > 4) expect(table.closest("details"), `${path}: ${(table.querySelector("caption")?.textContent ?? table.querySelector("tr")?.textContent ?? "").trim().slice(0, 80)}`).not.toBeNull();
    }
  });
});
