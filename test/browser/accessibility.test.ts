import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { builtPages } from "../support/pages.ts";
import { axeViolations, formatViolations } from "../support/axe.ts";

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

  for (const scheme of ["light", "dark"] as const) {
    it.each(pages)(`%s (${scheme})`, async (path) => {
      const page = await browser.newPage({ colorScheme: scheme });
      try {
        await page.goto(inject("baseUrl") + path);
        const violations = await axeViolations(page);
        expect(violations, formatViolations(path, violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
