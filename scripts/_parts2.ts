import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";
const server = await serveStatic(resolve(import.meta.dirname, "..", "dist"));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
for (const p of process.argv.slice(2)) {
  await page.goto(server.url + p);
  console.log(p, await page.evaluate(() => {
    const r = (s: string) => Array.from(document.querySelectorAll(s)).map((e) => Math.round(e.getBoundingClientRect().height));
    return JSON.stringify({ header: r("header"), footer: r("footer"), pager: r(".story-pager"), figs: r("figure.chart"), desc: r(".chart-description"), notes: r(".chart-notes"), title: r(".chart-title"), sub: r(".chart-subtitle"), legend: r(".chart-legend"), graphic: r(".chart-graphic"), fold: r("figure .fold"), link: r(".chart-page-link"), src: r(".chart-source"), h2: r("main h2"), main: r("main") });
  }));
}
await browser.close(); await server.close();
