import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";
import { launchChromium } from "../test/support/chromium.ts";
// _shot.ts width out path [y] [h] [--dark] [--no-js] [--open]
const a = process.argv.slice(2).filter((x) => !x.startsWith("--"));
const [width, out, path, y = "0", h = "1200"] = a;
const server = await serveStatic(resolve(import.meta.dirname, "..", "dist"));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) }, javaScriptEnabled: !process.argv.includes("--no-js"), colorScheme: process.argv.includes("--dark") ? "dark" : "light" });
await page.goto(server.url + path);
if (process.argv.includes("--open")) await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
if (process.argv.includes("--menu")) { await page.locator(".site-menu > summary").focus(); await page.keyboard.press("Enter"); }
await page.evaluate((y) => window.scrollTo(0, y), Number(y));
await page.waitForTimeout(100);
await page.screenshot({ path: out });
await browser.close(); await server.close();
