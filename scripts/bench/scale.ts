/**
 * Bench section: how build time grows with chart pages. Copies the repository to a
 * temporary folder (node_modules linked, not copied), builds it from cold as it is, then
 * with 10× and 100× as many charts (synthetic data and chart modules added by
 * synthetic-charts.ts, each a fresh copy), and reports seconds per extra page: the
 * difference in build time over the difference in pages built. BENCH_SCALE=10,100 sets
 * the multiples.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { BenchRow, BenchSection } from "./index.ts";
import { ROOT, seconds } from "./bench-site.ts";
import { coldBuild, type BuildResult } from "./cold-build.ts";
import { addSyntheticCharts } from "./synthetic-charts.ts";

const SKIP = new Set(["node_modules", "dist", ".build", ".astro", ".git"]);

/** A copy of the repository's sources in a new temporary folder, sharing node_modules. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split("/")[0]!) });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Builds a fresh copy with `extraCharts` synthetic charts added. */
async function buildWith(extraCharts: number): Promise<BuildResult> {
  const dir = copyRepo();
  try {
    if (extraCharts > 0) addSyntheticCharts(dir, extraCharts);
    return await coldBuild(dir, join(dir, "dist"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isChartPage = (p: string) => /^\/charts\/[^/]+\/$/.test(p);

export const scaleSection: BenchSection = {
  name: "Scale",
  async run() {
    const multiples = (process.env.BENCH_SCALE ?? "10,100").split(",").map(Number);
    const base = await buildWith(0);
    // The default site's chart pages, counted from what it built, not from a list.
    const charts = base.pages.filter(isChartPage).length;
    const describe = (r: BuildResult) => `${seconds(r.seconds)} (CPU ${seconds(r.cpuSeconds)}), ${r.pages.length} pages`;
    const rows: BenchRow[] = [{ section: "Scale", metric: `default site (${charts} chart${charts === 1 ? "" : "s"})`, value: describe(base) }];
    for (const m of multiples) {
      const r = await buildWith(charts * (m - 1));
      const extra = r.pages.length - base.pages.length;
      rows.push({ section: "Scale", metric: `${m}× charts (${r.pages.filter(isChartPage).length})`, value: describe(r) });
      const perPage = (a: number, b: number) => `${((a - b) / extra).toFixed(3)} s`;
      rows.push({ section: "Scale", metric: `${m}×: seconds per extra page (${extra} extra)`, value: `${perPage(r.seconds, base.seconds)} (CPU ${perPage(r.cpuSeconds, base.cpuSeconds)})`, target: "≤ 0.1 s" });
    }
    return rows;
  },
};
