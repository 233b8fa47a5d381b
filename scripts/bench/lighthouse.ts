/**
 * Bench section: Lighthouse (the npm package, default mobile config with its simulated
 * throttling) on the home page, one chart page, /timeline/ and one embed, served from
 * the bench build by the project's static server and loaded in the system Chromium with
 * the closed-network flags of scripts/lib/chromium.ts. Each page is run three times and
 * the median of each category reported, with each run's performance score beside it. A
 * page the build does not have yet is reported as "not built".
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { BenchRow, BenchSection } from "./index.ts";
import { benchSite } from "./bench-site.ts";
import { CHROME_PATH, CHROMIUM_ARGS } from "../lib/chromium.ts";
import { builtPages } from "../lib/built-pages.ts";
import { serveStatic } from "../static-server.ts";

const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The pages measured: a label and how to find the page among those built. */
const TARGETS: { label: string; pick: (pages: string[]) => string | undefined }[] = [
  { label: "/", pick: (p) => p.find((x) => x === "/") },
  { label: "/charts/<id>/", pick: (p) => p.find((x) => /^\/charts\/[^/]+\/$/.test(x)) },
  { label: "/timeline/", pick: (p) => p.find((x) => x === "/timeline/") },
  { label: "/embed/<id>/", pick: (p) => p.find((x) => /^\/embed\/[^/]+\/$/.test(x)) },
];

/** The middle value of an odd-length list. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const lighthouseSection: BenchSection = {
  name: "Lighthouse",
  async run() {
    const { outDir } = await benchSite();
    const pages = builtPages(outDir);
    const server = await serveStatic(outDir);
    const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
    const rows: BenchRow[] = [];
    const metric = (path: string) => `${path} perf / a11y / best pr. / SEO`;
    try {
      for (const t of TARGETS) {
        const path = t.pick(pages);
        if (!path) {
          rows.push({ section: "Lighthouse", metric: metric(t.label), value: "not built", target: "100 each" });
          continue;
        }
        const scores: Record<string, number[]> = {};
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(server.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${result.lhr.runtimeError.message}`);
          for (const c of CATEGORIES) (scores[c] ??= []).push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
        }
        // The medians, then each run's performance score: on a shared, busy machine the
        // simulated throttling still varies with CPU time, and the spread says how much.
        const runs = scores.performance!.join(", ");
        rows.push({ section: "Lighthouse", metric: metric(path), value: `${CATEGORIES.map((c) => median(scores[c]!)).join(" / ")} (perf runs ${runs})`, target: "100 each" });
      }
    } finally {
      chrome.kill();
      await server.close();
    }
    rows.push({ section: "Lighthouse", metric: "runs per page (median reported)", value: String(RUNS) });
    return rows;
  },
};
