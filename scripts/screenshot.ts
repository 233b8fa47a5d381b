/**
 * Takes screenshots of built pages, for looking at what a reader sees.
 * Usage: node scripts/screenshot.ts <path> [width] [out.png] [--no-js] [--dark]
 * Serves the configured site's output folder (SITE_DIR=examples/<name> for an example).
 */
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "./lib/chromium.ts";
import { loadSiteConfig } from "../src/config/config.ts";

const [path = "/", width = "1280", out = "screenshot.png"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const server = await serveStatic(loadSiteConfig(process.env).paths.out);
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 800 },
    javaScriptEnabled: !process.argv.includes("--no-js"),
    colorScheme: process.argv.includes("--dark") ? "dark" : "light",
  });
  await page.goto(server.url + path);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
