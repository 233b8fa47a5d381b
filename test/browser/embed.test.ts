/**
 * Embeds as a news site would use them: the exact code from each chart page, pasted into
 * a page on another origin (a second localhost port), resizes to its content, and embed.js
 * ignores every message it should not trust. What the embed code and the embed pages say
 * in their HTML (the code's form, no site chrome, oEmbed discovery) is read without a
 * browser in test/static/embeds.test.ts.
 */
import { site } from "../support/site.ts";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, BrowserContextOptions, Frame, Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { article, startHostSite, type HostSite } from "../support/host-page.ts";
import { embedCodes, embedOrigin } from "../support/embed-codes.ts";
import { builtDoc } from "../support/pages.ts";
import { allCharts } from "../../src/charts/index.ts";
import { HEIGHT_MESSAGE, MAX_HEIGHT, REQUEST_MESSAGE } from "../../src/embed/protocol.ts";

const ids = allCharts(site).map((c) => c.id);
const base = () => inject("baseUrl");
const browser = useBrowser();
let host: HostSite;
/** Each chart page's embed code, read from its HTML (the browser reads the same field in the no-JS test below). */
const codes = embedCodes();
/** The site's public origin, as written into the embed code (Astro's `site`). */
const siteOrigin = embedOrigin(codes);
/** The path each embed code frames: the chart's latest version, "/embed/<id>/v/<version>/" (embed code pins a version). */
const framed = (id: string): string => new URL(/<iframe src="([^"]+)"/.exec(codes.get(id)!)![1]!).pathname;

beforeAll(async () => {
  host = await startHostSite();
});
afterAll(async () => {
  await host?.close();
});

/**
 * A browser context in which the site's public origin is served by the test server, so
 * the embed code runs exactly as copied, with the headers the server sends.
 */
async function context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const ctx = await browser().newContext(options);
  if (siteOrigin !== new URL(base()).origin) {
    await ctx.route((url) => url.origin === siteOrigin, async (route) => {
      const u = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: base() + u.pathname + u.search, maxRedirects: 0 }) });
    });
  }
  return ctx;
}

/** The embed's iframe and the frame inside it, once it has loaded. */
async function embedFrame(page: Page, id: string): Promise<{ iframe: ReturnType<Page["locator"]>; frame: Frame }> {
  const iframe = page.locator(`iframe[src="${siteOrigin}${framed(id)}"]`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState("load");
  return { iframe, frame };
}

/** Waits until the iframe is as tall as its content (within 3 px) and returns that height. */
async function settledHeight(page: Page, id: string): Promise<number> {
  const { iframe, frame } = await embedFrame(page, id);
  // A plain loop rather than expect.poll, which is not allowed in beforeAll.
  let last = { content: 0, iframe: 0 };
  const until = Date.now() + 15_000;
  do {
    last = {
      content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
      iframe: (await iframe.boundingBox())!.height,
    };
    if (Math.abs(last.content - last.iframe) <= 3) break;
    await page.waitForTimeout(100);
  } while (Date.now() < until);
  expect(Math.abs(last.content - last.iframe), `${id}: iframe height ${last.iframe} should match its content ${last.content}`).toBeLessThanOrEqual(3);
  expect(await iframe.evaluate((el: HTMLIFrameElement) => el.style.height), `${id}: embed.js set the height`).not.toBe("");
  return last.iframe;
}

describe("the embed code on each chart page", () => {
  it("is visible and selectable without JavaScript, with the copy button hidden", async () => {
    const ctx = await browser().newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base()}/charts/${ids[0]}/`);
    await expect.poll(() => page.locator("textarea.embed-code-field").isVisible()).toBe(true);
    expect(await page.locator("textarea.embed-code-field").inputValue()).toBe(codes.get(ids[0]!));
    expect(await page.locator("button.embed-copy").isVisible()).toBe(false);
    await ctx.close();
  });

  it("is copied by the copy button", async () => {
    const ctx = await browser().newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await ctx.newPage();
    await page.goto(`${base()}/charts/${ids[0]}/`);
    await page.getByRole("button", { name: "Copy embed code" }).click();
    await expect.poll(() => page.locator(".embed-copy-status").textContent()).toBe("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.get(ids[0]!));
    await ctx.close();
  });
});

describe("on another origin", () => {
  // Each chart in a tab of one browser, a few at a time: most of the time is waiting for
  // frames, and a context each cost more processor time than the test (these read no
  // requests, which a shared cache could hide).
  let reader: BrowserContext;
  beforeAll(async () => {
    reader = await context({ viewport: { width: 1000, height: 900 } });
  });
  afterAll(async () => {
    await reader?.close();
  });
  it.concurrent.for(ids)("%s resizes to its content, and again when the page narrows", async (id, { expect }) => {
    host.put(`/article-${id}.html`, article(codes.get(id)!));
    const page = await reader.newPage();
    const console: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") console.push(m.text());
    });
    await page.goto(`${host.url}/article-${id}.html`);
    const wide = await settledHeight(page, id);
    await page.setViewportSize({ width: 360, height: 900 });
    const narrow = await settledHeight(page, id);
    expect(narrow, `${id}: taller when narrow`).toBeGreaterThan(wide);
    expect(console, `${id}: nothing logged on the host page`).toEqual([]);
    await page.close();
  });

  it("resizes an embed that loaded before embed.js ran", async () => {
    const id = ids[0]!;
    const [iframe, script] = codes.get(id)!.split("\n");
    host.put("/late.html", article(iframe!));
    const ctx = await context({ viewport: { width: 1000, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${host.url}/late.html`);
    await embedFrame(page, id);
    const src = /src="([^"]+)"/.exec(script!)![1]!;
    await page.evaluate((s) => document.body.append(Object.assign(document.createElement("script"), { src: s })), src);
    await settledHeight(page, id);
    await ctx.close();
  });

  it("works on a host page whose policy refuses inline styles, with an element named like embed.js's state", async () => {
    const id = ids[0]!;
    // No 'unsafe-inline' anywhere, and elements whose ids become window properties (named access).
    const policy = `default-src 'self'; script-src ${siteOrigin}; frame-src ${siteOrigin}; style-src 'self'; img-src 'self'`;
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A strict article</title></head>
<body><div id="__chartEmbeds"></div><div id="chartEmbeds"></div><p>Before.</p>
${codes.get(id)}
<p>After.</p></body></html>`;
    host.put("/strict.html", html, { "content-security-policy": policy });
    const ctx = await context({ viewport: { width: 1000, height: 900 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${host.url}/strict.html`);
    await settledHeight(page, id);
    const look = await page.locator(`iframe[src="${siteOrigin}${framed(id)}"]`).evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopWidth, display: s.display, maxWidth: s.maxWidth };
    });
    expect(look).toEqual({ border: "0px", display: "block", maxWidth: "100%" });
    // The snippet's style attribute is refused there (and logged); nothing else goes wrong.
    expect(errors.filter((e) => !/inline style/i.test(e))).toEqual([]);
    await ctx.close();
  });

  it.concurrent.for(ids)("%s works pasted into a plain HTML file", async (id) => {
    const dir = await mkdtemp(join(tmpdir(), "embed-paste-"));
    const file = join(dir, "article.html");
    await writeFile(file, `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${codes.get(id)}\n</body></html>\n`);
    const page = await reader.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await settledHeight(page, id);
    await page.close();
  });
});

describe("embed.js ignores forged messages", () => {
  const id = ids[0]!;
  let ctx: BrowserContext;
  let page: Page;
  let genuine: Frame;
  let settled: number;
  let marker = 0;

  beforeAll(async () => {
    host.put("/forger.html", "<!doctype html><html lang=en><head><title>Forger</title></head><body>ad</body></html>");
    // The recorder notes every height embed.js gives the iframe, and markers that tell
    // the test a batch of messages has been handled (messages arrive in order).
    const recorder = `<iframe src="${host.url}/forger.html" title="Advert"></iframe>
${codes.get(id)!.replace(`${framed(id)}"`, `${framed(id)}?theme=dark"`)}
<script>
  window.__heights = []; window.__markers = [];
  addEventListener("message", (e) => { if (e.data && e.data.marker) __markers.push(e.data.marker); });
  const f = document.querySelector('iframe[src$="${framed(id)}"]');
  new MutationObserver(() => __heights.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ["style"] });
</script>`;
    host.put("/forgery.html", article(codes.get(id)!, recorder));
    ctx = await context({ viewport: { width: 1000, height: 900 } });
    page = await ctx.newPage();
    await page.goto(`${host.url}/forgery.html`);
    settled = await settledHeight(page, id);
    genuine = (await embedFrame(page, id)).frame;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  /** Posts `data` to the host page from `from`, then a marker, and waits for the marker. */
  async function post(from: Frame, data: unknown): Promise<string[]> {
    const n = ++marker;
    await page.evaluate(() => ((window as unknown as { __heights: string[] }).__heights.length = 0));
    await from.evaluate(([d, m]) => {
      const target = window.top!;
      target.postMessage(d, "*");
      target.postMessage({ marker: m }, "*");
    }, [data, n] as const);
    await page.waitForFunction((m) => (window as unknown as { __markers: number[] }).__markers.includes(m), n);
    return page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
  }

  const height = () => page.locator(`iframe[src$="${framed(id)}"]`).evaluate((el: HTMLIFrameElement) => el.getBoundingClientRect().height);

  it("from the host page itself", async () => {
    expect(await post(page.mainFrame(), { type: HEIGHT_MESSAGE, height: 300 })).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
  });

  it("from another frame on the host's origin", async () => {
    const forger = page.frames().find((f) => f.url().endsWith("/forger.html"))!;
    expect(await post(forger, { type: HEIGHT_MESSAGE, height: 300 })).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
  });

  it("from another window on the embed's own origin", async () => {
    // Only embed pages may be framed by another site (_headers), so no other frame on the
    // page can be on the embed's origin. The check that remains is the message's source:
    // a message with the embed's origin from any window but the embed's is ignored. The
    // host page hands embed.js such a message itself, from the advert's window.
    const n = ++marker;
    await page.evaluate(() => ((window as unknown as { __heights: string[] }).__heights.length = 0));
    await page.evaluate(([data, origin, m]) => {
      const advert = document.querySelector<HTMLIFrameElement>('iframe[title="Advert"]')!.contentWindow!;
      window.dispatchEvent(new MessageEvent("message", { data, origin, source: advert }));
      window.postMessage({ marker: m }, "*");
    }, [{ type: HEIGHT_MESSAGE, height: 300 }, siteOrigin, n] as const);
    await page.waitForFunction((m) => (window as unknown as { __markers: number[] }).__markers.includes(m), n);
    expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights)).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
  });

  it("from another embed of ours on the same page, which resizes only itself", async () => {
    const other = page.frames().find((f) => f.url().endsWith(`${framed(id)}?theme=dark`))!;
    const otherIframe = page.locator(`iframe[src$="${framed(id)}?theme=dark"]`);
    expect(await post(other, { type: HEIGHT_MESSAGE, height: 300 })).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
    expect((await otherIframe.boundingBox())!.height).toBe(300);
  });

  it.each([
    ["negative", -300],
    ["zero", 0],
    ["NaN", NaN],
    ["infinite", Infinity],
    ["a string", "300"],
    ["an array", [300]],
    ["null", null],
  ])("with a %s height, even from the embed itself", async (_, h) => {
    expect(await post(genuine, { type: HEIGHT_MESSAGE, height: h })).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
  });

  it("that are not height messages", async () => {
    expect(await post(genuine, { type: "resize", height: 300 })).toEqual([]);
    expect(await post(genuine, `{"type":"${HEIGHT_MESSAGE}","height":300}`)).toEqual([]);
    expect(await height()).toBeCloseTo(settled, 0);
  });

  it("and clamps a huge height from the embed itself", async () => {
    expect(await post(genuine, { type: HEIGHT_MESSAGE, height: 1e9 })).toEqual([`${MAX_HEIGHT}px`]);
    expect(await height()).toBe(MAX_HEIGHT);
    // Asked again, the embed reports its real height and the iframe fits it once more.
    await page.evaluate(([src, origin, type]) => {
      document.querySelector<HTMLIFrameElement>(`iframe[src="${src}"]`)!.contentWindow!.postMessage({ type }, origin);
    }, [`${siteOrigin}${framed(id)}`, siteOrigin, REQUEST_MESSAGE] as const);
    expect(await settledHeight(page, id)).toBeCloseTo(settled, 0);
  });
});

describe("embed pages", () => {
  const bg = async (scheme: "light" | "dark", query: string, javaScriptEnabled = true) => {
    const ctx = await browser().newContext({ colorScheme: scheme, javaScriptEnabled });
    const page = await ctx.newPage();
    await page.goto(`${base()}/embed/${ids[0]}/${query}`);
    const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await ctx.close();
    return colour;
  };
  const WHITE = "rgb(255, 255, 255)";
  const DARK = "rgb(18, 18, 18)";

  it("follow the reader's colour scheme", async () => {
    expect(await bg("light", "")).toBe(WHITE);
    expect(await bg("dark", "")).toBe(DARK);
  });

  it("take ?theme=light|dark over the reader's scheme, and ignore other values", async () => {
    expect(await bg("light", "?theme=dark")).toBe(DARK);
    expect(await bg("dark", "?theme=light")).toBe(WHITE);
    expect(await bg("dark", "?theme=sepia")).toBe(DARK);
  });

  it("follow the reader's scheme without JavaScript", async () => {
    expect(await bg("dark", "?theme=light", false)).toBe(DARK);
  });

  /** An embed page loaded with `query`, and every script URL it requested. */
  const openEmbed = async (query: string, javaScriptEnabled = true, id = ids[0]!) => {
    const ctx = await browser().newContext({ javaScriptEnabled, viewport: { width: 640, height: 800 } });
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base()}/embed/${id}/${query}`, { waitUntil: "load" });
    // The island is added once the document is parsed; give it time to arrive and run.
    await page.waitForLoadState("networkidle");
    return { page, scripts, close: () => ctx.close() };
  };

  it("are interactive by default: the frame script loads the chart island", async () => {
    const { page, scripts, close } = await openEmbed("");
    expect(scripts).toEqual(["/embed-frame.js", "/embed-island.js"]);
    expect(await page.locator("figure.chart[data-enhanced]").count()).toBe(1);
    await close();
  });

  it("with ?static=1 load no interaction script, and the chart is all there", async () => {
    const { page, scripts, close } = await openEmbed("?static=1");
    expect(scripts).toEqual(["/embed-frame.js"]);
    expect(await page.locator("figure.chart[data-enhanced]").count()).toBe(0);
    expect(await page.locator(".chart-graphic[tabindex]").count()).toBe(0);
    // One of the chart's layouts (narrow, medium or wide, by the box's width) is drawn.
    expect(await page.locator("svg.chart-svg:visible").count()).toBe(1);
    expect(await page.locator("figcaption.chart-source").isVisible()).toBe(true);
    await close();
  });

  it("with ?static=1&area= highlight the area asked for, and load nothing interactive", async () => {
    // The chart with an area picker, and the example code its chart page gives.
    const id = ids.find((i) => builtDoc(`/embed/${i}/`).querySelector("[data-picker-src]"))!;
    const code = /\?area=([A-Z0-9]+)/.exec(builtDoc(`/charts/${id}/`).querySelector(".embed-code-help")!.textContent!)![1]!;
    const { page, scripts, close } = await openEmbed(`?static=1&area=${code}`, true, id);
    expect(scripts).toEqual(["/embed-frame.js", "/embed-area.js"]);
    await expect.poll(() => page.locator(".chart-picked").count()).toBeGreaterThan(0);
    expect(await page.locator("figure.chart").getAttribute("data-picked")).toBe(code);
    expect(await page.locator("tr.is-picked").count()).toBe(1);
    expect(await page.locator("figure.chart[data-enhanced]").count()).toBe(0);
    expect(await page.locator(".chart-picker").isVisible()).toBe(false);
    await close();
    // Without area= a static embed loads only its frame script, on this chart too.
    const plain = await openEmbed("?static=1", true, id);
    expect(plain.scripts).toEqual(["/embed-frame.js"]);
    await plain.close();
  });

  it("with ?plain=1 hide the title and subtitle from view, keep them for assistive technology, and keep the source", async () => {
    const full = await openEmbed("");
    const plain = await openEmbed("?plain=1&theme=dark");
    try {
      const title = await full.page.locator("figure.chart h1").textContent();
      for (const sel of ["figure.chart h1", "figure.chart .chart-subtitle"]) {
        expect(await full.page.locator(sel).boundingBox().then((b) => b!.height), sel).toBeGreaterThan(10);
        expect(await plain.page.locator(sel).boundingBox().then((b) => b!.height), sel).toBeLessThanOrEqual(1);
      }
      // Still named by its title, and the only heading is still there for screen readers.
      expect(await plain.page.getByRole("figure", { name: title! }).count()).toBe(1);
      expect(await plain.page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
      expect(await plain.page.locator("figcaption.chart-source").isVisible()).toBe(true);
      expect(await plain.page.getByRole("link", { name: /Full chart/ }).isVisible()).toBe(true);
      // The chart moves up: the page is shorter, so the host's iframe is too.
      const height = (p: Page) => p.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(await height(plain.page)).toBeLessThan((await height(full.page)) - 30);
      // Options combine: the theme applies as well.
      expect(await plain.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK);
    } finally {
      await full.close();
      await plain.close();
    }
  });

  it.concurrent.for(ids)("%s takes ?plain=1&static=1: no title in view, source shown, no island", async (id, { expect }) => {
    const ctx = await browser().newContext({ viewport: { width: 640, height: 800 } });
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname)));
    try {
      await page.goto(`${base()}/embed/${id}/?plain=1&static=1`, { waitUntil: "networkidle" });
      expect((await page.locator("figure.chart h1").boundingBox())!.height).toBeLessThanOrEqual(1);
      expect(await page.locator("figcaption.chart-source").isVisible()).toBe(true);
      expect(scripts).toEqual(["/embed-frame.js"]);
    } finally {
      await ctx.close();
    }
  });

  it("show the full chart without JavaScript, whatever the options", async () => {
    const { page, scripts, close } = await openEmbed("?plain=1&static=1", false);
    expect(scripts).toEqual([]);
    expect(await page.locator("figure.chart h1").isVisible()).toBe(true);
    expect(await page.locator("figure.chart .chart-subtitle").isVisible()).toBe(true);
    // One of the chart's layouts (narrow, medium or wide, by the box's width) is drawn.
    expect(await page.locator("svg.chart-svg:visible").count()).toBe(1);
    await close();
  });
});
