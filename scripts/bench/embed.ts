/**
 * What an embed costs a reader at start: each embed page's HTML (styles are inlined)
 * plus every script and stylesheet it loads, gzip-compressed; and embed.js, which the
 * host page loads once. Reads the built dist/, so run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRow, BenchSection } from "./index.ts";

const DIST = join(import.meta.dirname, "..", "..", "dist");
const BUDGET_KB = 30;

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Paths of the scripts and stylesheets an HTML page loads from this site. */
export function startAssets(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return urls.filter((u) => u.startsWith("/") && !u.startsWith("//"));
}

export const embedBench: BenchSection = {
  name: "embed",
  async run() {
    const dir = join(DIST, "embed");
    if (!existsSync(dir)) throw new Error("dist/embed/ is missing: run `npm run build` first.");
    const rows: BenchRow[] = [];
    for (const id of readdirSync(dir).sort()) {
      const page = join(dir, id, "index.html");
      if (!existsSync(page)) continue;
      const html = readFileSync(page, "utf8");
      const assets = startAssets(html).map((u) => gz(join(DIST, u)));
      const total = gz(page) + assets.reduce((a, b) => a + b, 0);
      rows.push({ section: "embed", metric: `/embed/${id}/ at start (KB gzip, ${1 + assets.length} files)`, value: kb(total), target: `≤ ${BUDGET_KB}` });
    }
    rows.push({ section: "embed", metric: "/embed.js on the host page (bytes gzip)", value: String(gz(join(DIST, "embed.js"))) });
    return rows;
  },
};
