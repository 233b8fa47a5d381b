import { sourceCatalogue } from "../../../src/charts/index.ts";
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { diffCsv } from "../../../src/features/diff.ts";
import { decodeState, encodeState, versionId, newestRelease } from "../../../src/features/ledger.ts";
import { sharedDrawing, councilChartView } from "../../../src/charts/kinds/council-compare.ts";
import { textCardSvg } from "../../../src/charts/outputs/text-card.ts";
import { CARD } from "../../../src/charts/outputs/social-image.ts";
import { councils, compareYears, rankOf, latestRank } from "../../../src/lib/compare/council-pages.ts";
import { source, series, type Source } from "../../../src/lib/data/index.ts";
import { revisionOf } from "../../../src/lib/data/revisions.ts";
import { ui } from "../../../src/lib/content/ui.ts";

const columns = ["series", "area_code", "year", "measure", "unit", "value", "status", "source_id"];
const row = (year: number, value: number | null, src = "s1") => ["A", "E1", year, "m", "rate", value, value === null ? "suppressed" : "published", src];

describe("diffCsv(old, new)", () => {
  it("finds revised values (old → new) and added years, matching rows by what they are, not where they come from", () => {
    const d = diffCsv({ columns, rows: [row(2023, 50), row(2024, 51)] }, { columns, rows: [row(2023, 50, "s2"), row(2024, 52, "s2"), row(2025, 55, "s2")] });
    expect(d.revised).toEqual([{ what: "A, E1, 2024, m, rate", from: "51", to: "52" }]);
    expect(d.addedYears).toEqual([2025]);
    expect(d.removedYears).toEqual([]);
  });

  it("matches a row whose label was only retyped (a curly apostrophe, a dash), and still sees a renamed one", () => {
    const labelled = (label: string, value = 50) => ["Children's homes – residential", "E1", 2024, "m", "rate", value, "published", "s1"].map((c, i) => (i === 0 ? label : i === 5 ? value : c));
    const retyped = diffCsv({ columns, rows: [labelled("Children's homes - residential")] }, { columns, rows: [labelled("Children’s homes – residential", 51)] });
    expect(retyped).toEqual({ revised: [{ what: "Children’s homes – residential, E1, 2024, m, rate", from: "50", to: "51" }], addedYears: [], removedYears: [], addedRows: 0, removedRows: 0 });
    const renamed = diffCsv({ columns, rows: [labelled("Children's homes")] }, { columns, rows: [labelled("Foster care")] });
    expect([renamed.addedRows, renamed.removedRows]).toEqual([1, 1]);
  });

  it("says a value that became unpublished is none", () => {
    expect(diffCsv({ columns, rows: [row(2024, 51)] }, { columns, rows: [row(2024, null)] }).revised).toEqual([{ what: "A, E1, 2024, m, rate", from: "51", to: "none" }]);
  });
});

describe("the ledger's pieces", () => {
  it("a version id changes with the CSV, the entry text or the release, and only then", () => {
    const id = versionId("a,b\n1,2\n", "title: x", "r1");
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(versionId("a,b\n1,2\n", "title: x", "r1")).toBe(id);
    expect(new Set([versionId("a,b\n1,3\n", "title: x", "r1"), versionId("a,b\n1,2\n", "title: y", "r1"), versionId("a,b\n1,2\n", "title: x", "r2"), id]).size).toBe(4);
  });

  it("keeps a version's state through encoding", () => {
    const state = { title: "T", subtitle: "S", alt: "A", description: "D", details: [], notes: ["n"], table: { caption: "c", columns: ["x"], rows: [["r"]] as [string][] }, csv: { columns, rows: [row(2024, 1)] }, sources: ["s"], svg: { wide: "<svg/>", narrow: "<svg/>" }, legend: [] };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it("the newest release is the one with the latest reporting year", () => {
    const s = (id: string, reportingYear: number | null, published: string | null) => ({ id, reportingYear, published }) as Source;
    expect(newestRelease([s("a", 2022, "2022-11-17"), s("b", 2025, "2025-11-20"), s("c", null, "2026-01-01")])!.id).toBe("b");
  });
});

describe("a council's chart (council-compare.ts)", () => {
  const years = compareYears(site);
  const nation = { code: "E92000001", name: "England", rates: series("E92000001", "looked_after_31_march", "rate_per_10000", site) };
  const words = { title: "T", subtitle: "S", alt: "Alt naming the council", caption: "c", rankRow: "r", rankMeasure: { counted: "children looked after per 10,000 children under 18", when: "at 31 March", short: "rate", group: "councils in England" }, neighbours: "N", context: "Every council", axisLabel: "a", unit: "per 10,000", offScale: "▲ off the scale", notes: [], charts: ui(site).charts };
  const shared = sharedDrawing("x", { others: councils(site), nation, years }, words);
  const kent = councils(site).find((c) => c.code === "E10000016")!;

  it("highlighting a council in the shared drawing draws the same dots, at the same places, as drawing the chart for it", () => {
    const data = { council: kent, others: councils(site), nation, neighbours: [], years, rank: (code: string, year: number) => rankOf(code, year, site) };
    const cat = sourceCatalogue(site);
    const fast = councilChartView("x", data, words, cat, shared);
    const drawn = councilChartView("x", data, words, cat);
    const dots = (svg: string) => [...svg.matchAll(/<circle data-area="E10000016"[^>]*data-tip="([^"]*)"[^>]*cy="([\d.]+)" cx="([\d.]+)"/g)].map((m) => [m[1], Math.round(Number(m[2])), Math.round(Number(m[3]))]);
    for (const layout of ["wide", "narrow"] as const) {
      expect(dots(fast.svg[layout]).length, layout).toBe(kent.rates.length);
      // The same dots with the same words, within a unit of the same place (the shared
      // drawing and a fresh one round their scales apart by a fraction of a unit).
      const [a, b] = [dots(fast.svg[layout]), dots(drawn.svg[layout])];
      expect(a.map((d) => d[0]), layout).toEqual(b.map((d) => d[0]));
      a.forEach((d, i) => {
        expect(Math.abs(Number(d[1]) - Number(b[i]![1])), `${layout} ${d[0]} y`).toBeLessThanOrEqual(1);
        expect(Math.abs(Number(d[2]) - Number(b[i]![2])), `${layout} ${d[0]} x`).toBeLessThanOrEqual(1);
      });
      expect(fast.svg[layout]).toContain('aria-label="Alt naming the council"');
      // The other councils' ticks as the chart draws them, a path a council (so overlaps
      // darken as on the chart's own page): as many paths as the fresh drawing, less Kent's.
      const contextPaths = (svg: string) => (/class="chart-context">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "").split("<path").length - 1;
      expect(contextPaths(fast.svg[layout]), layout).toBe(contextPaths(drawn.svg[layout]));
      expect(contextPaths(fast.svg[layout]), layout).toBeGreaterThan(140);
    }
  });

  // The shared axis stops below the few highest rates (▲ at its top edge). A council whose own
  // rate comes near that edge (Hull's 160 in 2021) is drawn on an axis that clears it, so
  // its dot never sits on the ▲ row as if it were off the scale.
  it("draws a council near the shared axis's top on an axis that clears its highest rate", () => {
    const hull = councils(site).find((c) => c.code === "E06000010")!;
    const view = councilChartView("x", { council: hull, others: councils(site), nation, neighbours: [], years, rank: (code: string, year: number) => rankOf(code, year, site) }, words, sourceCatalogue(site), shared);
    for (const layout of ["wide", "narrow"] as const) {
      const svg = view.svg[layout];
      // The ▲ marks: Plot's triangles, each placed by a translate(), in a group moved 5 down.
      const marks = [...svg.matchAll(/<path d="M0,-[^"]*" transform="translate\([\d.]+,([\d.]+)\)"/g)].map((m) => Number(m[1]) + 5);
      const dots = [...svg.matchAll(/<circle\b[^>]*>/g)].map((m) => m[0]).filter((c) => c.includes('data-area="E06000010"')).map((c) => Number(/\scy="([\d.]+)"/.exec(c)![1]));
      expect(marks.length, `${layout}: ▲ marks drawn`).toBeGreaterThan(0);
      expect(dots.length, `${layout}: Hull's dots`).toBeGreaterThan(0);
      expect(Math.min(...dots), `${layout}: Hull's highest dot, below the ▲ row`).toBeGreaterThan(Math.max(...marks) + 8);
      // Its long name at the line's end wraps, rather than taking the plot's room: the years
      // still span a good part of the drawing's width.
      const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
      const years = [...svg.matchAll(/<text transform="translate\(([\d.]+),[\d.]+\)" y="0\.7em">20\d\d<\/text>/g)].map((m) => Number(m[1]));
      expect(Math.max(...years) - Math.min(...years), `${layout}: the years' span`).toBeGreaterThan(width * 0.2);
    }
  });

  it("counts each council once in a rank, and the card's words name the council", () => {
    const r = latestRank(kent.code, site)!;
    expect(r.of).toBe(new Set(councils(site).filter((c) => c.rates.some((v) => v.year === r.year && typeof v.value === "number")).map((c) => c.code)).size);
    expect(textCardSvg({ title: "In 2025, Kent had the highest rate", subtitle: "S", source: "Source: x" }, CARD)).toMatch(/<text [^>]*font-weight="bold"[^>]*>In 2025, Kent had the highest rate<\/text>/);
  });
});
