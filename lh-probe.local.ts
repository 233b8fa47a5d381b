// Temporary measuring tool (not committed): Lighthouse on dist/ with audit details.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { writeFileSync } from "node:fs";
import { CHROME_PATH, CHROMIUM_ARGS } from "./test/support/chromium.ts";
import { serveStatic } from "./scripts/static-server.ts";
const paths = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 1);
const server = await serveStatic(process.env.DIST ?? "dist");
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
try {
  for (const p of paths) for (let i = 0; i < runs; i++) {
    const r = await lighthouse(server.url + p, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    const lhr = r!.lhr;
    const name = p.replace(/[^a-z0-9]+/gi, "_");
    writeFileSync(`/tmp/kitcsp/lh${name}${i}.json`, JSON.stringify(lhr));
    const sc = Object.values(lhr.categories).map((c) => Math.round(c.score! * 100)).join("/");
    const m = (id: string) => `${id}=${lhr.audits[id]?.numericValue?.toFixed(0)}(${lhr.audits[id]?.score})`;
    console.log(p, sc, m("first-contentful-paint"), m("largest-contentful-paint"), m("speed-index"), m("total-blocking-time"), m("cumulative-layout-shift"));
    for (const a of Object.values(lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable") console.log("   fail:", a.id, a.score, a.displayValue ?? "");
  }
} finally { chrome.kill(); await server.close(); }
