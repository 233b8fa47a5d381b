/**
 * `npm run check:taps [-- firefox|webkit|chromedriver] [--dist=DIR]`: on Firefox and WebKit, a tap exactly on each
 * dot of every line chart at 375 px shows that dot's series, year and value (and the other
 * series' values for that year), by the rule the Chromium test applies
 * (scripts/lib/chart-taps.ts, test/browser/chart-tap.test.ts). It serves the built dist/
 * (build first) with scripts/static-server.ts.
 *
 * It uses the browsers installed on the machine and downloads none: Firefox (Debian's
 * `firefox-esr`, or FIREFOX_PATH) over WebDriver BiDi, which Firefox speaks itself, and
 * WebKitGTK's MiniBrowser (Debian's `webkit2gtk-driver`, or WEBKIT_WEBDRIVER and
 * MINIBROWSER_PATH) through WebKitWebDriver, under Xvfb when there is no display. A browser
 * that is not installed is reported as skipped, not failed. Not part of `npm test`: CI
 * machines need not have these browsers. Exits 1 on any wrong tooltip or a browser that is
 * there but cannot be driven.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic } from "./static-server.ts";
import { chartIds, dotsOnScreen, judgeTap, tooltipShown } from "./lib/chart-taps.ts";
import { BidiDriver, ClassicDriver, PageWidthError, WebDriverError, fitPage, type TapDriver } from "./lib/webdriver.ts";
import { CHROME_PATH, CHROMIUM_ARGS } from "./lib/chromium.ts";

const WIDTH = 375;
const HEIGHT = 800;
const ROOT = join(import.meta.dirname, "..");

export interface ChartResult {
  id: string;
  dots: number;
  wrong: string[];
  /** Set when the chart draws bars, not dots (each bar its own target, tested in Chromium). */
  bars?: boolean;
  /** The pointer types the page's pointerdown events had: "touch" when the browser sent a finger. */
  pointers: string[];
  /** The page's width when tapped, if it is not 375 px (see tapChart). */
  width?: number;
}

/** In the page: note the pointerType of every pointerdown from now on. */
function notePointers(): void {
  const w = window as unknown as { pointersSeen?: string[] };
  w.pointersSeen = [];
  document.addEventListener("pointerdown", (e) => w.pointersSeen!.push(e.pointerType), { capture: true });
}

/** In the page: the pointer types noted, each once. */
function pointersSeen(): string[] {
  return [...new Set((window as unknown as { pointersSeen?: string[] }).pointersSeen ?? [])];
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Poll `check` in the page until it is true or `ms` pass. */
async function waitFor(driver: TapDriver, check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await driver.evaluate(check)) return true;
    if (Date.now() > end) return false;
    await sleep(100);
  }
}

/**
 * Tap every dot of chart `id` and judge each tooltip. The page handles a touch in its
 * pointerdown listener; a browser may still be painting when the tap command returns, so
 * each tooltip is read until it is right or a second has passed, and the last reading judged.
 */
export async function tapChart(driver: TapDriver, baseUrl: string, id: string, narrowestWindowOk = false): Promise<ChartResult> {
  await driver.open(`${baseUrl}/charts/${id}/`);
  if (!(await waitFor(driver, () => document.querySelector("figure.chart[data-enhanced]") !== null, 10_000))) {
    return { id, dots: 0, wrong: ["the chart was never enhanced (its script did not run)"], pointers: [] };
  }
  // A page with a scrollbar where the last had none (or the reverse) is narrower on a desktop.
  let width = await driver.evaluate(() => document.documentElement.clientWidth);
  if (width !== WIDTH) {
    try {
      await fitPage(driver, WIDTH, HEIGHT);
      width = WIDTH;
    } catch (err) {
      // WebKitGTK's MiniBrowser keeps its window wider than a phone (its toolbar's width).
      // Below 440 px every chart draws its narrow layout, capped at 322 px: the very drawing a
      // 375 px phone shows. At such a width the taps still test what a phone gets; wider, not.
      if (!(err instanceof PageWidthError) || !narrowestWindowOk) throw err;
      width = err.got;
      const narrowShown = await driver.evaluate(() => {
        const shown = Array.from(document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")).filter((s) => getComputedStyle(s).display !== "none");
        return shown.length > 0 && shown.every((s) => s.classList.contains("chart-svg--narrow"));
      });
      if (!narrowShown) return { id, dots: 0, wrong: [`the window is ${width} px wide at its narrowest, too wide for the phone's drawing`], pointers: [], width };
    }
  }
  const dots = await driver.evaluate(dotsOnScreen);
  if (dots.length === 0) {
    const bars = await driver.evaluate(() => document.querySelectorAll("figure.chart svg.chart-svg [data-series] > [data-tip]").length);
    return { id, dots: 0, wrong: bars > 0 ? [] : ["draws neither dots nor bars"], bars: bars > 0, pointers: [] };
  }
  await driver.evaluate(notePointers);
  const wrong: string[] = [];
  for (const dot of dots) {
    await driver.tap(dot.x, dot.y);
    let fault: string | null = null;
    const end = Date.now() + 1000;
    do {
      fault = judgeTap(dot, await driver.evaluate(tooltipShown));
      if (fault === null) break;
      await sleep(50);
    } while (Date.now() < end);
    if (fault) wrong.push(fault);
  }
  return { id, dots: dots.length, wrong, pointers: await driver.evaluate(pointersSeen), ...(width === WIDTH ? {} : { width }) };
}

/** Tap every chart on `driver`, printing a line per chart; true when every tooltip was right. */
export async function tapAllCharts(driver: TapDriver, baseUrl: string, name: string, ids = chartIds(), narrowestWindowOk = false): Promise<boolean> {
  await driver.resize(WIDTH, HEIGHT);
  let [taps, bad] = [0, 0];
  const pointers = new Set<string>();
  const widths = new Set<number>();
  for (const id of ids) {
    const r = await tapChart(driver, baseUrl, id, narrowestWindowOk);
    if (r.width !== undefined) widths.add(r.width);
    taps += r.dots;
    bad += r.wrong.length;
    for (const p of r.pointers) pointers.add(p);
    const what = r.bars ? "bars, no dots: nothing to tap" : `${r.dots - r.wrong.length}/${r.dots} taps right (pointerdown: ${r.pointers.join(", ") || "none"})`;
    console.log(`  ${r.wrong.length ? "FAIL" : "ok  "} ${id}: ${what}`);
    for (const w of r.wrong.slice(0, 10)) console.log(`         ${w}`);
    if (r.wrong.length > 10) console.log(`         … and ${r.wrong.length - 10} more`);
  }
  const by = [...pointers].join(", ") || "none";
  const at = widths.size === 0 ? `${WIDTH} px` : `${[...widths].join(", ")} px (the browser's narrowest window; the charts drew the narrow layout a ${WIDTH} px phone shows)`;
  console.log(`${name}: ${bad ? "FAIL" : "PASS"}, ${taps - bad}/${taps} taps right on ${ids.length} charts at ${at}, by ${by}`);
  // A driver that cannot send a finger sends a mouse instead (WebKitGTK's WebDriver turns a
  // touch pointer into the mouse without a word): the picking is still checked, not touch.
  if (taps > 0 && (pointers.size !== 1 || !pointers.has("touch"))) console.log(`${name}: NOTE the page received ${by} pointer events, not touch: this browser's WebDriver sent no finger, so touch handling itself was not tested`);
  return bad === 0;
}

/** The first of `names` on PATH, or null. */
function onPath(...names: string[]): string | null {
  for (const name of names) {
    const r = spawnSync("sh", ["-c", `command -v "$0"`, name], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

// --- Firefox -------------------------------------------------------------------------

/** Firefox's executable, or why there is none. */
function findFirefox(): { path: string } | { missing: string } {
  const env = process.env.FIREFOX_PATH;
  if (env) return existsSync(env) ? { path: env } : { missing: `FIREFOX_PATH is ${env}, which does not exist` };
  const path = onPath("firefox-esr", "firefox");
  return path ? { path } : { missing: "no firefox-esr or firefox on PATH (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)" };
}

/** Start headless Firefox with a fresh profile, and connect over WebDriver BiDi. */
async function startFirefox(binary: string, profile: string): Promise<BidiDriver> {
  // Prefs that keep a fresh profile quiet on a closed network; Firefox's remote agent adds
  // its own recommended automation prefs (no updates, no telemetry) on top. Touch events
  // are switched on, as on a phone.
  const prefs: Record<string, string | number | boolean> = {
    "browser.shell.checkDefaultBrowser": false,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": false,
    "toolkit.telemetry.reportingpolicy.firstRun": false,
    "dom.w3c_touch_events.enabled": 1,
  };
  writeFileSync(join(profile, "user.js"), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(""));
  const child = spawn(binary, ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile, "about:blank"], {
    env: { ...process.env, MOZ_HEADLESS: "1", MOZ_CRASHREPORTER_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((ok, fail) => {
    let log = "";
    const timer = setTimeout(() => fail(new Error(`Firefox did not open WebDriver BiDi in 60 s: ${log.slice(-2000)}`)), 60_000);
    const read = (b: Buffer) => {
      log += b.toString();
      const m = log.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        ok(`${m[1]}/session`);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before WebDriver BiDi was ready: ${log.slice(-2000)}`));
    });
  });
  try {
    return await BidiDriver.connect(url, { newSession: true, child });
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
}

async function checkFirefox(baseUrl: string): Promise<boolean | "skipped"> {
  const found = findFirefox();
  if ("missing" in found) {
    console.log(`Firefox: SKIPPED, not installed: ${found.missing}`);
    return "skipped";
  }
  const version = spawnSync(found.path, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]!.trim();
  console.log(`Firefox: ${version || found.path} (${found.path}), WebDriver BiDi, touch pointer`);
  const profile = mkdtempSync(join(tmpdir(), "taps-firefox-"));
  let driver: BidiDriver | null = null;
  try {
    driver = await startFirefox(found.path, profile);
    return await tapAllCharts(driver, baseUrl, "Firefox");
  } finally {
    await driver?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// --- WebKit --------------------------------------------------------------------------

/** WebKitWebDriver and MiniBrowser, or why they are not there. */
function findWebKit(): { driver: string; browser: string } | { missing: string } {
  const driver = process.env.WEBKIT_WEBDRIVER ?? onPath("WebKitWebDriver");
  if (!driver || !existsSync(driver)) return { missing: "no WebKitWebDriver on PATH (Debian: apt-get install webkit2gtk-driver; or set WEBKIT_WEBDRIVER)" };
  let browser = process.env.MINIBROWSER_PATH;
  if (!browser) {
    // Debian puts MiniBrowser in the library's folder: /usr/lib/<triplet>/webkit2gtk-4.1/.
    const candidates = ["/usr/lib", "/usr/libexec"].flatMap((top) => {
      // Only folders: /usr/lib also holds files and links to files (/usr/lib/cpp).
      const isDir = (d: string) => existsSync(d) && statSync(d).isDirectory();
      const dirs = isDir(top) ? readdirSync(top).map((d) => join(top, d)) : [];
      return [top, ...dirs].filter(isDir).flatMap((d) => readdirSync(d).filter((n) => /^webkit(2)?gtk-[\d.]+$/.test(n)).map((n) => join(d, n, "MiniBrowser")));
    });
    browser = candidates.find((c) => existsSync(c));
  }
  if (!browser || !existsSync(browser)) return { missing: "WebKitWebDriver is there but MiniBrowser was not found under /usr/lib or /usr/libexec (set MINIBROWSER_PATH)" };
  return { driver, browser };
}

/** A display for WebKitGTK: the one set, or a private Xvfb; null when there is neither. */
async function display(): Promise<{ env: NodeJS.ProcessEnv; xvfb: ChildProcess | null } | null> {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { env: process.env, xvfb: null };
  const xvfb = onPath("Xvfb");
  if (!xvfb) return null;
  // -displayfd: Xvfb picks a free display number and writes it to the given descriptor.
  const child = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "ignore", "pipe"] });
  let timer: NodeJS.Timeout | undefined;
  const number = await new Promise<string>((ok, fail) => {
    let out = "";
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (b: Buffer) => {
      out += b.toString();
      if (out.includes("\n")) ok(out.trim());
    });
    child.once("exit", (code) => fail(new Error(`Xvfb exited (${code})`)));
    timer = setTimeout(() => fail(new Error("Xvfb gave no display in 20 s")), 20_000);
  }).finally(() => clearTimeout(timer));
  return { env: { ...process.env, DISPLAY: `:${number}`, GDK_BACKEND: "x11" }, xvfb: child };
}

async function checkWebKit(baseUrl: string): Promise<boolean | "skipped"> {
  const found = findWebKit();
  if ("missing" in found) {
    console.log(`WebKit: SKIPPED, not installed: ${found.missing}`);
    return "skipped";
  }
  const screen = await display();
  if (!screen) {
    console.log("WebKit: SKIPPED, no display: WebKitGTK needs one; set DISPLAY or install Xvfb (Debian: apt-get install xvfb)");
    return "skipped";
  }
  const capabilities = { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: found.browser, args: ["--automation"], useOverlayScrollbars: true } };
  const env = { ...screen.env, WEBKIT_DISABLE_COMPOSITING_MODE: "1" };
  let driver: ClassicDriver | null = null;
  try {
    driver = await ClassicDriver.start(found.driver, capabilities, { env, pointerType: "touch" });
    // WebKitGTK builds its WebDriver without touch input (WebKit enables it for WPE and
    // iOS): it turns a touch pointer into the mouse, and the run says so (tapAllCharts).
    // Should a build refuse touch outright, press with the mouse: the chart picks on
    // pointerdown for any pointer, so that still checks the picking, though not touch.
    console.log(`WebKit: ${found.browser}, WebKitWebDriver, touch pointer asked for`);
    await driver.resize(WIDTH, HEIGHT);
    try {
      await driver.tap(1, 1);
    } catch (err) {
      if (!(err instanceof WebDriverError) || !/unsupported|invalid argument/i.test(err.error)) throw err;
      driver.pointerType = "mouse";
      console.log(`WebKit: it refuses a touch pointer (${err.message}), so each dot is pressed with the mouse instead`);
    }
    return await tapAllCharts(driver, baseUrl, "WebKit", chartIds(), true);
  } finally {
    await driver?.close();
    if (screen.xvfb) screen.xvfb.kill("SIGTERM");
  }
}

// --- main ----------------------------------------------------------------------------

/**
 * Chromium through chromedriver (Debian's `chromium-driver`, or CHROMEDRIVER), only when
 * asked for by name: the browser project already tests Chromium through Playwright, so this
 * is for proving the two protocols here on a machine without Firefox or WebKit, over
 * classic WebDriver and then over BiDi.
 */
async function checkChromedriver(baseUrl: string): Promise<boolean | "skipped"> {
  const driverPath = process.env.CHROMEDRIVER ?? onPath("chromedriver");
  if (!driverPath || !existsSync(driverPath) || !existsSync(CHROME_PATH)) {
    console.log(`Chromium (chromedriver): SKIPPED, not installed: needs chromedriver on PATH or CHROMEDRIVER, and ${CHROME_PATH}`);
    return "skipped";
  }
  const capabilities = { browserName: "chrome", webSocketUrl: true, "goog:chromeOptions": { binary: CHROME_PATH, args: [...CHROMIUM_ARGS, "--headless=new"] } };
  // --disable-build-check: Debian's chromedriver may trail its chromium by a version.
  const classic = await ClassicDriver.start(driverPath, capabilities, { args: ["--disable-build-check"] });
  try {
    console.log(`Chromium: ${CHROME_PATH} through ${driverPath}, classic WebDriver, touch pointer`);
    const ok = await tapAllCharts(classic, baseUrl, "Chromium (classic WebDriver)");
    console.log(`Chromium: ${CHROME_PATH} through ${driverPath}, WebDriver BiDi, touch pointer`);
    const bidi = await BidiDriver.connect(String(classic.capabilities.webSocketUrl), { newSession: false });
    try {
      return (await tapAllCharts(bidi, baseUrl, "Chromium (WebDriver BiDi)")) && ok;
    } finally {
      await bidi.close();
    }
  } finally {
    await classic.close();
  }
}

const CHECKS = { firefox: ["Firefox", checkFirefox], webkit: ["WebKit", checkWebKit], chromedriver: ["Chromium (chromedriver)", checkChromedriver] } as const;
type Check = keyof typeof CHECKS;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const distArg = args.find((a) => a.startsWith("--dist="));
  const asked = args.filter((a) => a !== distArg);
  const unknown = asked.filter((a) => !(a in CHECKS));
  if (unknown.length) {
    console.error(`check:taps: unknown ${unknown.join(", ")}; name firefox, webkit (both when neither is named), or chromedriver; --dist=DIR serves DIR, not dist/`);
    return 2;
  }
  const dist = distArg ? distArg.slice("--dist=".length) : join(ROOT, "dist");
  const missing = chartIds().filter((id) => !existsSync(join(dist, "charts", id, "index.html")));
  if (missing.length) {
    console.error(`check:taps: ${dist} has no page for ${missing.join(", ")}; run npm run build first`);
    return 2;
  }
  const server = await serveStatic(dist);
  const results: (boolean | "skipped" | Error)[] = [];
  try {
    const names: Check[] = asked.length ? (asked as Check[]) : ["firefox", "webkit"];
    for (const name of names) {
      const [label, check] = CHECKS[name];
      try {
        results.push(await check(server.url));
      } catch (err) {
        console.log(`${label}: FAIL, could not be driven: ${(err as Error).message}`);
        results.push(err as Error);
      }
    }
  } finally {
    await server.close();
  }
  if (results.every((v) => v === "skipped")) console.log("check:taps: no browser was checked (none installed)");
  return results.some((v) => v === false || v instanceof Error) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
