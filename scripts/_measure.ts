import { resolve } from "node:path";
import { serveStatic } from "/work/wt-phone-layout/scripts/static-server.ts";
import { launchChromium } from "/work/wt-phone-layout/test/support/chromium.ts";
const server = await serveStatic(resolve("/work/wt-phone-layout/dist"));
const browser = await launchChromium();
const paths = ["/", "/proposal/", "/why/", "/what-happened-next/", "/meetings/scrutiny-2018-10-25/", "/charts/rate-per-10000/"];
let total = 0;
for (const js of [true, false]) {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 }, javaScriptEnabled: js });
  for (const p of paths) {
    await page.goto(server.url + p);
    const top = await page.evaluate(() => document.querySelector("main")!.getBoundingClientRect().top + scrollY);
    const h1 = await page.evaluate(() => document.querySelector("main h1")?.getBoundingClientRect().top ?? -1);
    const hh = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(js ? "js" : "nojs", p, "main top", top, "h1 top", h1, "screens", (hh / 740).toFixed(1));
    if (js && paths.indexOf(p) < 4) total += hh / 740;
  }
  await page.close();
}
console.log("story total", total.toFixed(1));
await browser.close(); await server.close();
