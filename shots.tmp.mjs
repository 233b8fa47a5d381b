import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const srv = spawn(process.execPath, ["scripts/serve.ts"], { env: { ...process.env, PORT: "4397" }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 2500));
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
const [,, ...paths] = process.argv;
for (const spec of paths) {
  const [path, w, scheme] = spec.split("@");
  const ctx = await b.newContext({ viewport: { width: Number(w), height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  await p.goto("http://localhost:4397" + path, { waitUntil: "networkidle" });
  const name = `/work/shots/${path.replace(/[^a-z0-9]+/gi, "_")}-${w}-${scheme}.png`;
  const sw = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.documentElement.scrollHeight]);
  await p.screenshot({ path: name, fullPage: false });
  console.log(name, sw.join(" "));
  await ctx.close();
}
await b.close(); srv.kill();
