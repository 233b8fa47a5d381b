/**
 * Every built page, found from the files, in Chromium: the gates only a browser can show,
 * each page loaded twice in all.
 *
 * - With JavaScript, loaded at 375 px and then widened to 1280 px (test/support/page-gates.ts
 *   says why one load serves both): no request to
 *   another origin (both widths: media queries and srcset can pick different assets), no
 *   Content-Security-Policy violation under the headers a host would send, no axe
 *   WCAG 2.2 AA violation in the light or the dark scheme, and on a phone the page's own
 *   content starts within 120 px of the top with its heading shown, and at 375 and then
 *   320 px no page is wider than the screen (scrollWidth == clientWidth).
 * - At 375 px without JavaScript: the content still starts within 120 px, and every
 *   chart is visible, fits, and is named, described and tabled.
 *
 * Of the ~150 council pages (/compare/<code>/), one template, a fixed handful is loaded
 * (browserPages()); the static checks read all of them.
 *
 * Pages are visited a few at a time: most of a visit is waiting for the network to go
 * quiet, which overlaps well. Each is a tab of one browser context, as a reader's pages
 * are, not a context of its own: a context cost Chromium about 1.5 core-seconds, more than
 * the page's own gates, and the gates read nothing a shared context could hide (other
 * origins' requests are never cached, and a policy and axe judge each document). Nothing
 * the sweep does stores anything; a fault planted in one page is still caught on it.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";
import { browserPages } from "../support/pages.ts";
import { formatViolations } from "../support/axe.ts";
import { GATE_WIDTHS, gatesContext, mainTop, pageGates } from "../support/page-gates.ts";
import { foreignRequests } from "../../scripts/quality/requests.ts";
import { site } from "../support/site.ts";


/** The phone budget: a page's own content starts at most this far down at 375 px. */
const MAIN_TOP_MAX = 120;
/** Every page, with a sample of the council pages (test/support/pages.ts says which). */
const pages = browserPages(undefined, site.council.area);
/** Site pages (embeds have no site header by design). */
const sitePage = (p: string) => !p.startsWith("/embed/") && p.endsWith("/");

const browser = useBrowser();
let withJs: BrowserContext;
let noJs: BrowserContext;
beforeAll(async () => {
  withJs = await gatesContext(browser());
  noJs = await browser().newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
});

describe.concurrent("with JavaScript: requests, policy, axe and where content starts", () => {
  it("finds the pages", () => {
    expect(pages).toContain("/");
  });

  it.for(pages)(`%s at ${GATE_WIDTHS.join(" and ")} px`, async (path, { expect }) => {
    const base = inject("baseUrl");
    const r = await pageGates(withJs, base + path);
    expect.soft(r.requests[0], "the page itself was requested").toBe(base + path);
    expect.soft(foreignRequests(r.requests, base), "requests to another origin").toEqual([]);
    expect.soft(r.violations, "Content-Security-Policy violations").toEqual([]);
    for (const width of GATE_WIDTHS) {
      for (const scheme of ["light", "dark"] as const) {
        expect.soft(r.axe[width][scheme], formatViolations(`${path} (${scheme}, ${width} px)`, r.axe[width][scheme])).toEqual([]);
      }
    }
    if (sitePage(path)) {
      expect.soft(r.mainTop, `${path}: where content starts`).toBeLessThanOrEqual(MAIN_TOP_MAX);
      expect.soft(r.headingShown, `${path}: the heading shows`).toBe(true);
    }
    // Nothing slides sideways on a phone: the page is no wider than the screen.
    for (const [w, over] of Object.entries(r.sideways)) expect.soft(over, `${path}: wider than the screen at ${w} px by`).toBe(0);
  });
});

/** Charts seen on each page without JavaScript, so the sweep cannot pass on no charts at all. */
const chartsSeen = new Map<string, number>();

describe.concurrent("without JavaScript, at 375 px", () => {
  it.for(pages)("%s: content starts near the top, and every chart is visible, named, described and tabled", async (path, { expect }) => {
    const page = await noJs.newPage();
    try {
      await page.goto(inject("baseUrl") + path);
      if (sitePage(path)) {
        expect.soft(await mainTop(page), `${path}: where content starts`).toBeLessThanOrEqual(MAIN_TOP_MAX);
        expect.soft(await page.locator("main h1").first().isVisible(), `${path}: the heading shows`).toBe(true);
      }
      chartsSeen.set(path, await checkCharts(page, path, expect));
    } finally {
      await page.close();
    }
  });
});

describe("the charts checked without JavaScript", () => {
  it("include the one on a chart's own page", () => {
    expect(chartsSeen.get("/charts/rate-per-10000/")).toBe(1);
    expect([...chartsSeen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(pages.filter((p) => p.startsWith("/charts/")).length);
  });
});

/** Checks every chart figure on the page as it shows without JavaScript; returns how many there are. */
async function checkCharts(page: Page, path: string, expect: typeof import("vitest").expect): Promise<number> {
  const figures = page.locator("figure.chart");
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const fig = figures.nth(i);
    const id = await fig.getAttribute("data-chart");
    // Exactly one layout is displayed at a time, and it has real size on screen.
    const svg = fig.locator("svg[role=img]:visible");
    expect(await svg.count(), `${path} ${id}: visible SVGs`).toBe(1);
    const box = await svg.boundingBox();
    expect(box!.width, `${path} ${id}: width`).toBeGreaterThan(200);
    expect(box!.height, `${path} ${id}: height`).toBeGreaterThan(100);
    expect(box!.x + box!.width, `${path} ${id}: fits the viewport`).toBeLessThanOrEqual(375);
    // Its accessible name, as assistive technology computes it.
    const name = (await svg.getAttribute("aria-label")) ?? "";
    expect(name.length, `${path} ${id}: accessible name`).toBeGreaterThan(10);
    expect(await fig.getByRole("img", { name }).count()).toBe(1);
    const described = page.locator(`#${await svg.getAttribute("aria-describedby")}`);
    const description = await described.textContent();
    expect(description?.trim().length, `${path} ${id}: description`).toBeGreaterThan(20);
    // The SVG is described by the short lead only; the detail is a real list after it, read on its own.
    expect(await described.evaluate((el) => el.tagName), `${path} ${id}: lead is a paragraph`).toBe("P");
    const items = fig.locator(".chart-description > p + ul.chart-description-details > li");
    for (let k = 0; k < (await items.count()); k++) expect((await items.nth(k).textContent())!.trim().length, `${path} ${id}: detail ${k}`).toBeGreaterThan(10);
    expect(await fig.locator(".chart-description li").count(), `${path} ${id}: every detail item is in the list`).toBe(await items.count());
    // The same numbers as a table, with at least one data row.
    expect(await fig.locator("table tbody tr").count(), `${path} ${id}: table rows`).toBeGreaterThan(0);
    expect(await fig.locator("table caption").count(), `${path} ${id}: table caption`).toBe(1);
    expect(await fig.locator("figcaption.chart-source a").count(), `${path} ${id}: source links`).toBeGreaterThan(0);
  }
  return count;
}
