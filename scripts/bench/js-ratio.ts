/**
 * JavaScript loaded at start on each chart page (gzip), against what shipping Plot and
 * d3 to the browser to draw the same chart would cost. The static-SVG design ships only
 * the island (d3-selection and its behaviour); the alternative ships the chart's drawing
 * module with Plot, all of d3, and the chart's data as JSON, bundled here with esbuild
 * from node_modules. Needs a built dist/ (`npm run build`); builds one if missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { BenchRow, BenchSection } from "./index.ts";
import { allCharts, chartView } from "../../src/charts/index.ts";
import type { SiteConfig } from "../../src/config/config.ts";

const root = resolve(import.meta.dirname, "..", "..");
const dist = join(root, "dist");
const BUDGET_KB = 15;
const RATIO_TARGET = 0.1;

const gzip = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Gzip bytes of every script a page runs at start: external modules, their static imports, inline scripts. */
export function startupJs(html: string, readAsset: (path: string) => string): { files: string[]; bytes: number } {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readAsset(path);
    bytes += gzip(code);
    // Vite's chunks import one another with static relative imports.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`;]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) visit(new URL(m[1]!, `http://x${path}`).pathname);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) visit(src);
    else if (!/type="application\/(ld\+)?json"/.test(m[1]!) && m[2]!.trim()) bytes += gzip(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(m[1]!);
  return { files: [...seen], bytes };
}

/** Gzip bytes of Plot + d3 + the chart's drawing module + its data, bundled for the browser. */
async function plotBundleBytes(id: string, config: SiteConfig): Promise<number> {
  // A chart's module is its kind (content/charts/<id>.yaml says which).
  const kind = allCharts(config).find((c) => c.id === id)!.kind;
  const source = readFileSync(join(root, "src", "charts", "kinds", `${kind}.ts`), "utf8");
  const drawing = source.includes("/bar-chart.ts") ? "bar-chart" : "line-chart";
  const data = JSON.stringify(chartView(id, config).csv);
  const contents = [
    `import * as d3 from "d3";`,
    `import * as Plot from "@observablehq/plot";`,
    `import * as drawing from "./src/charts/drawing/${drawing}.ts";`,
    `globalThis.chart = { d3, Plot, drawing, data: ${data} };`,
  ].join("\n");
  const out = await build({ stdin: { contents, resolveDir: root, loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
  return gzip(out.outputFiles[0]!.contents);
}

export const jsRatio: BenchSection = {
  name: "js-ratio",
  async run(config) {
    if (!existsSync(dist)) spawnSync(process.execPath, [join(root, "scripts", "build.ts")], { stdio: "inherit", env: { ...process.env, CI: "1" } });
    const rows: BenchRow[] = [];
    for (const { id } of allCharts(config)) {
      const html = readFileSync(join(dist, "charts", id, "index.html"), "utf8");
      const js = startupJs(html, (p) => readFileSync(join(dist, p), "utf8"));
      const baseline = await plotBundleBytes(id, config);
      rows.push(
        { section: "js-ratio", metric: `/charts/${id}/ JS at start (gzip)`, value: kb(js.bytes), target: `≤ ${BUDGET_KB} KB` },
        { section: "js-ratio", metric: `/charts/${id}/ Plot + d3 to draw it (gzip)`, value: kb(baseline) },
        { section: "js-ratio", metric: `/charts/${id}/ ratio`, value: (js.bytes / baseline).toFixed(3), target: `≤ ${RATIO_TARGET}` },
      );
    }
    return rows;
  },
};
