import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { assertWellFormedXml } from "../../support/xml.ts";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { chartCsv, citation } from "../../../src/charts/outputs/downloads.ts";
import { fixColours, standaloneSvg, wrap } from "../../../src/charts/outputs/standalone.ts";
import { svgToPng } from "../../../src/charts/outputs/png.ts";
import { escapeHtml } from "../../../src/format/escape.ts";

describe("wrap(text, max)", () => {
  it("breaks at spaces within the width", () => {
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});

describe("fixColours(svg)", () => {
  it("replaces the site's colour variables with the light scheme's values", () => {
    expect(fixColours('<path stroke="var(--series-1)" fill="var(--bg)"/>')).toBe('<path stroke="#005a9c" fill="#ffffff"/>');
  });
});

describe.each(allCharts(site).map((c) => c.id))("downloads of %s", (id) => {
  const view = chartView(id, site);

  it("chartCsv(view) parses, with source and release columns, and leaves missing values blank", () => {
    const parsed = Papa.parse<Record<string, string>>(chartCsv(view), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toContain("source_id");
    expect(parsed.meta.fields).toContain("source_release");
    expect(parsed.data.length).toBe(view.csv.rows.length);
    for (const row of parsed.data) expect(row.source_release, `${id}: release`).not.toBe("");
    for (const r of parsed.data.filter((r) => r.status !== undefined && r.status !== "published")) expect(r.value, `${id}: ${r.status}`).toBe("");
  });

  it("standaloneSvg(view, url) is well-formed XML with the title, source and no unresolved colour variables", () => {
    const svg = standaloneSvg(view, `https://example.org/charts/${id}/`);
    assertWellFormedXml(svg, `${id}.svg`);
    const { document } = parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`);
    expect(document.querySelector("svg > title")?.textContent).toBe(view.title);
    expect(svg).toContain(escapeHtml(view.sources[0]!.release));
    expect(svg).not.toMatch(/var\(--/);
  });

  it("citation(view, url, site, asOf) names the title, URL, date and releases", () => {
    const text = citation(view, "https://example.org/x/", "Site", "2026-01-02");
    expect(text).toContain(view.title);
    expect(text).toContain("https://example.org/x/ (accessed 2026-01-02)");
    expect(text).toContain(view.sources[0]!.release);
  });
});

describe("svgToPng(svg, width)", () => {
  it("returns PNG bytes of the requested width", () => {
    const png = svgToPng(standaloneSvg(chartView("money", site), "https://example.org/"), 600);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(600);
  });
});
