/**
 * Printing. Every chart page is printed to PDF (A4, headless Chromium) and read back with
 * poppler's pdftotext: the chart's title must be on page 1 (a figure pushed whole to
 * page 2 leaves page 1 blank but for the site name), and a table that runs onto a second
 * page must repeat its header row there. A story page must print as a paper: no menu,
 * the full address of every link written out (a link on this site with the site's
 * origin), each chart's title on the same page as its drawing, and no "Back to the table"
 * link for a table that paper does not show.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useBrowser } from "../support/browser.ts";
import { builtPages } from "../support/pages.ts";

const chartPages = builtPages().filter((p) => /^\/charts\/[^/]+\/$/.test(p));
const dir = mkdtempSync(join(tmpdir(), "print-"));
const browser = useBrowser();
let page: Page;

function poppler(tool: "pdftotext" | "pdfinfo", args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${tool} not found: install Debian's poppler-utils (.ci/run does)`);
    throw e;
  }
}

/** Text without any whitespace: PDF text breaks lines and spaces table cells where the page does not. */
const squash = (s: string | null) => (s ?? "").replace(/\s+/g, "");

/** Prints `path` to a PDF (A4 unless said); returns the text of each page, whitespace removed. */
async function print(path: string, paper: { format: "A4" } | { width: string; height: string } = { format: "A4" }): Promise<string[]> {
  await page.goto(inject("baseUrl") + path);
  const file = join(dir, path.replace(/\W+/g, "_") + ".pdf");
  writeFileSync(file, await page.pdf(paper));
  const count = Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [file]))![1]);
  return Array.from({ length: count }, (_, i) => poppler("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"]).replace(/\s+/g, ""));
}

beforeAll(async () => {
  page = await browser().newPage();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a printed chart page", () => {
  it("there are chart pages to print", () => {
    expect(chartPages.length).toBeGreaterThan(3);
  });

  it.each(chartPages)("%s starts with its chart on page 1", async (path) => {
    const pages = await print(path);
    expect(pages.length, `${path}: pages`).toBeGreaterThanOrEqual(1);
    expect(pages.length, `${path}: pages`).toBeLessThanOrEqual(6);
    const title = squash(await page.locator("h1.chart-title").textContent());
    expect(pages[0], `${path}: page 1`).toContain(title);
    // The drawing itself is on page 1 too: its labels are text in the PDF.
    const label = squash(await page.locator("figure.chart svg.chart-svg--wide text").first().textContent());
    expect(pages[0], `${path}: the chart's first label on page 1`).toContain(label);
  });

  it("repeats a long table's header row on each page it runs onto", async () => {
    // Small paper (A6), so the table's sixteen rows surely run onto another page.
    const pages = await print("/charts/rate-per-10000/", { width: "105mm", height: "148mm" });
    // Rows whose cells are single words print on one line, so their text is found as is
    // (a cell that wraps, such as "50.3 (our calculation)", interleaves with its neighbours).
    const rows = await page.locator("figure.chart tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (c) => c.textContent!.trim())).filter((cells) => cells.every((c) => !/\s/.test(c))).map((cells) => cells.join("")),
    );
    expect(rows.length, "rows that print on one line").toBeGreaterThan(4);
    const [firstRow, lastRow] = [rows[0]!, rows.at(-1)!];
    const start = pages.findIndex((t) => t.includes(firstRow));
    const end = pages.findIndex((t) => t.includes(lastRow));
    expect(start, "the table's first row is printed").toBeGreaterThanOrEqual(0);
    expect(end, "the table runs onto a second page (else this test proves nothing)").toBeGreaterThan(start);
    // Each word of the header row, on every page the table runs onto (the PDF's text may
    // interleave a header cell that wraps, such as "West / Midlands", with the others).
    const words = (await page.locator("figure.chart thead th").allTextContents()).flatMap((t) => t.split(/\s+/)).filter(Boolean);
    expect(words.length).toBeGreaterThan(2);
    for (let i = start + 1; i <= end; i++) for (const w of words) expect(pages[i], `page ${i + 1}: "${w}"`).toContain(w);
  });
});

describe("a printed story page", () => {
  it("prints as a paper: no menu, its address on page 1, and where links go written out", async () => {
    const pages = await print("/why/");
    const text = pages.join("");
    expect(pages[0]).toContain(squash(await page.locator("h1").textContent()));
    const address = squash(await page.locator(".print-address").textContent());
    expect(address).toMatch(/^https?:\/\/.+\/why\/$/);
    expect(pages[0], "the page's address").toContain(address);
    const external = await page.locator('a[href^="http"]').first().getAttribute("href");
    expect(text, "an outside link's address").toContain(squash(`(${external})`));
    // A link in the prose, not a figure's link to its source (those print bare).
    const internal = await page.evaluate(() => document.querySelector(".prose a[href^='/']:not(.figure, .chart-source a)")?.getAttribute("href"));
    expect(internal, "the page has a link in its prose").toBeTruthy();
    // In full: the site's address, then the path (a bare path is no use on paper).
    const origin = new URL(address).origin;
    expect(text, "a link on this site, in full").toContain(squash(`(${origin}${internal})`));
    expect(text, "no link printed as a bare path").not.toMatch(/\(\/[a-z]/);
    expect(text).not.toContain(squash("The record Meetings"));
    expect(text).not.toContain("Menu");
  });

  it.each(["/why/", "/what-happened-next/"])("%s keeps each chart's title on the page with its drawing, and prints no link back to a table it does not print", async (path) => {
    const pages = await print(path);
    const text = pages.join("");
    const charts = await page.locator("figure.chart:has(svg.chart-svg--wide)").evaluateAll((figs) =>
      figs.map((f) => ({ title: f.querySelector(".chart-title")!.textContent!, label: f.querySelector("svg.chart-svg--wide text")?.textContent ?? "" })),
    );
    expect(charts.length, "charts on the page").toBeGreaterThan(0);
    for (const c of charts) {
      const title = squash(c.title);
      const label = squash(c.label);
      const at = pages.findIndex((t) => t.includes(title));
      expect(at, `"${c.title}" printed`).toBeGreaterThanOrEqual(0);
      // The drawing's first label follows its title on the same page.
      expect(pages[at]!.slice(pages[at]!.indexOf(title)), `"${c.title}": its drawing on page ${at + 1}`).toContain(label);
    }
    const back = squash(await page.locator(".revised-back").first().textContent().catch(() => null));
    if (back) expect(text, "a link back to an unprinted table").not.toContain(back);
  });
});
