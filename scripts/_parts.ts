import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";
const server = await serveStatic(resolve(import.meta.dirname, "..", "dist"));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
for (const p of process.argv.slice(2)) {
  await page.goto(server.url + p);
  const parts = await page.evaluate(() => {
    const out: string[] = [];
    const walk = (el: Element, depth: number) => {
      for (const c of Array.from(el.children)) {
        const h = c.getBoundingClientRect().height;
        if (h < 150) continue;
        out.push(`${"  ".repeat(depth)}${c.tagName.toLowerCase()}.${c.className} #${c.id} ${Math.round(h)}`);
        if (depth < 3 && h > 400) walk(c, depth + 1);
      }
    };
    walk(document.querySelector("main")!, 0);
    return out;
  });
  console.log(p, "\n" + parts.join("\n"));
}
await browser.close(); await server.close();
