/** Search loads nothing until the reader searches, and works without JavaScript. What it finds in this site is checked in test/story/browser/search.test.ts. */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/browser.ts";

const browser = useBrowser();

describe("search", () => {
  it("loads nothing for search until the reader searches", async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    try {
      await page.goto(inject("baseUrl") + "/search/");
      await page.waitForLoadState("networkidle");
      expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
      await page.getByLabel("Search this site").fill("foster");
      await page.keyboard.press("Enter");
      await page.locator(".search-results li").first().waitFor();
      expect(requests.some((u) => u.includes("/pagefind/pagefind.js"))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("without JavaScript the search page still lists every section and hides the form", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(inject("baseUrl") + "/search/");
      expect(await page.locator("form[role=search]").isVisible()).toBe(false);
      expect(await page.locator("main a[href='/proposal/']").count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
