/** Search finds this site's pages for words a reader would type (how search loads: test/browser/search.test.ts). */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../../support/browser.ts";

const browser = useBrowser();

describe("search", () => {
  it.each([
    ["Rivendell", "/proposal/"],
    ["edge of care", "/proposal/"],
    ["foster", "/meetings/scrutiny-2018-10-25/"],
  ])("finds %s (among the results: %s)", async (term, expected) => {
    const page = await browser().newPage();
    try {
      await page.goto(inject("baseUrl") + "/search/");
      await page.getByLabel("Search this site").fill(term);
      await page.getByRole("button", { name: "Search" }).click();
      const links = page.locator(".search-results li a");
      await links.first().waitFor({ timeout: 20_000 });
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(expected);
      // Excerpts are text with highlights, never markup from the index.
      expect(await page.locator(".search-results mark").count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
