/**
 * Reading on a phone, measured in Chromium at 375 px: whether the folded menu works by
 * keyboard and without JavaScript. At 1280 px the menu's groups stand open. Where each
 * page's own content starts is measured on every page in every-page.test.ts; how long this
 * site's story is, and where its key charts start, in test/story/browser/phone-layout.test.ts.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";

/** The budget: content starts at most this far down at 375 px. */
const MAIN_TOP_MAX = 120;
const SCREEN = 740;

const browser = useBrowser();
const contexts: Record<string, BrowserContext> = {};
beforeAll(async () => {
  contexts.phoneNoJs = await browser().newContext({ viewport: { width: 375, height: SCREEN }, javaScriptEnabled: false });
  contexts.wide = await browser().newContext({ viewport: { width: 1280, height: 800 } });
});

async function open(context: string, path: string): Promise<Page> {
  const page = await contexts[context]!.newPage();
  await page.goto(inject("baseUrl") + path);
  return page;
}
const mainTop = (page: Page) => page.evaluate(() => document.querySelector("main")!.getBoundingClientRect().top + window.scrollY);

describe("at 375 px", () => {
  it("the menu is folded, opens from the keyboard without JavaScript, and marks the current page", async () => {
    const page = await open("phoneNoJs", "/why/");
    try {
      const link = page.locator('nav[aria-label="Main"] a[href="/timeline/"]');
      expect(await link.isVisible(), "folded at first").toBe(false);
      // Skip link first, then the site name, then the menu's summary.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");
      await page.keyboard.press("Enter");
      expect(await link.isVisible(), "open after Enter").toBe(true);
      const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute("href")).toBe("/why/");
      // Every link is a target of at least 24 by 24 px, or has its height with room beside it.
      for (const a of await page.locator('nav[aria-label="Main"] a').all()) {
        const box = (await a.boundingBox())!;
        expect(box.height, await a.textContent() ?? "").toBeGreaterThanOrEqual(24);
      }
      // Focus shows on the links as the reader tabs on.
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");
      // With the menu open, the content moves down; closed again, it comes back.
      await page.locator(".site-menu > summary").click();
      expect(await mainTop(page)).toBeLessThanOrEqual(MAIN_TOP_MAX);
    } finally {
      await page.close();
    }
  });
});

describe("at 1280 px", () => {
  it("the menu's groups stand open, with no Menu button", async () => {
    const page = await open("wide", "/meetings/");
    try {
      expect(await page.locator('nav[aria-label="Main"] a[href="/timeline/"]').isVisible()).toBe(true);
      expect(await page.locator(".site-menu > summary").isVisible()).toBe(false);
      for (const label of ["The story", "The record", "The data", "This site"]) expect(await page.getByText(label, { exact: true }).isVisible(), label).toBe(true);
      expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').getAttribute("href")).toBe("/meetings/");
      expect(await mainTop(page)).toBeLessThanOrEqual(160);
    } finally {
      await page.close();
    }
  });
});
