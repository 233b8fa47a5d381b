/**
 * Bench section "timeline": time to draw the timeline SVG at build time, and the size of
 * the /timeline/ and /respond/ islands as shipped (from dist/, so build first).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchSection } from "./index.ts";
import { timelineSvg } from "../../src/charts/drawing/timeline-svg.ts";
import { projectEvents } from "../../test/support/timeline.ts";
import { ui } from "../../src/lib/content/ui.ts";

const DIST = resolve(import.meta.dirname, "..", "..", "dist");

/** The "timeline" bench section. */
export const timelineBench: BenchSection = {
  name: "timeline",
  async run(config) {
    const events = projectEvents();
    const words = ui(config);
    const runs = 50;
    timelineSvg(events, { asOf: "2018-10-20", ui: words, labelledBy: "t" });
    const started = performance.now();
    for (let i = 0; i < runs; i++) timelineSvg(events, { asOf: "2018-10-20", ui: words, labelledBy: "t" });
    const rows = [{ section: "timeline", metric: `draw SVG (${events.length} events), ms per drawing`, value: ((performance.now() - started) / runs).toFixed(2) }];
    const assets = join(DIST, "_astro");
    if (!existsSync(assets)) return [...rows, { section: "timeline", metric: "island sizes", value: "dist/ missing: run npm run build" }];
    for (const [label, prefix] of [["timeline island", "TimelineChart"], ["notes island", "NotesTool"]] as const) {
      const file = readdirSync(assets).find((f) => f.startsWith(prefix) && f.endsWith(".js"));
      if (!file) continue;
      const code = readFileSync(join(assets, file));
      rows.push({ section: "timeline", metric: `${label}, KB (gzip)`, value: `${(code.length / 1024).toFixed(1)} (${(gzipSync(code).length / 1024).toFixed(1)})` });
    }
    return rows;
  },
};
