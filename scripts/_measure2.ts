import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";
// screens per story page at 375x740, optionally hiding selectors (argv)
const hide = process.argv.slice(2);
const server = await serveStatic(resolve(process.env.DIST ?? resolve(import.meta.dirname, "..", "dist")));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
let total = 0;
for (const p of ["/", "/proposal/", "/why/", "/what-happened-next/"]) {
  await page.goto(server.url + p);
  const h = await page.evaluate((hide) => { for (const s of hide) document.querySelectorAll(s).forEach((e) => ((e as HTMLElement).style.display = "none")); return document.documentElement.scrollHeight; }, hide);
  console.log(p, (h / 740).toFixed(2)); total += h / 740;
}
console.log("total", total.toFixed(2));
await browser.close(); await server.close();
