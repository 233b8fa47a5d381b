/**
 * Gate: axe finds no WCAG 2.2 AA violation on any built page, in light and dark, at
 * 375 px and 1280 px. The one place the site's axe checks live.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { builtPages } from "../support/pages.ts";
import { AXE_SCHEMES, AXE_WIDTHS, axeAt, formatViolations } from "../support/axe.ts";

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("every built page passes axe at WCAG 2.2 AA", () => {
  it("finds the pages", () => {
    expect(pages).toContain("/");
  });

  for (const scheme of AXE_SCHEMES) {
    for (const width of AXE_WIDTHS) {
      it.each(pages)(`%s (${scheme}, ${width} px)`, async (path) => {
        const violations = await axeAt(browser, inject("baseUrl") + path, scheme, width);
        expect(violations, formatViolations(`${path} (${scheme}, ${width} px)`, violations)).toEqual([]);
      });
    }
  }
});
