import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";
const server = await serveStatic(resolve(import.meta.dirname, "..", "dist"));
const browser = await launchChromium();
const page = await browser.newPage();
for (const p of process.argv.slice(2)) {
  await page.goto(server.url + p);
  const out = `/tmp/phone/${p.replace(/\W+/g, "_")}.pdf`;
  await page.pdf({ path: out, format: (process.env.FMT ?? "A4") as "A4", printBackground: true });
  console.log(out);
}
await browser.close(); await server.close();
