/**
 * /claims/ on a phone, measured in Chromium at 375 × 667 px: the whole page in at most
 * twelve screens with every claim still there, each claim's fold opening without
 * JavaScript, and each verdict shown with a symbol as well as its colour, its name
 * meeting AA contrast in the light and the dark scheme. What the page holds (the tally,
 * the folds, the ClaimReview data) is read from the HTML in test/static/claims-page.test.ts.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowser } from "../support/browser.ts";

/** The budget: at most this many screens of 667 px at 375 px. */
const SCREENS_MAX = 12;
const PHONE = { width: 375, height: 667 };

const browser = useBrowser();

async function open(options: { colorScheme?: "light" | "dark"; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser().newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.goto(inject("baseUrl") + "/claims/");
  return page;
}

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((x) => Number(x) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("/claims/ at 375 px", () => {
  it(`takes at most ${SCREENS_MAX} screens, with every claim on the page`, async () => {
    const page = await open();
    const { height, claims, shown } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      claims: document.querySelectorAll("li[data-verdict]").length,
      // Each claim's own words and verdict show without opening anything.
      shown: Array.from(document.querySelectorAll("li[data-verdict] summary")).filter((s) => s.querySelector("h3")!.getBoundingClientRect().height > 0 && s.querySelector(".verdict")!.getBoundingClientRect().height > 0).length,
    }));
    expect(claims).toBeGreaterThan(40);
    expect(shown).toBe(claims);
    expect(height / PHONE.height, `${height} px`).toBeLessThanOrEqual(SCREENS_MAX);
    await page.context().close();
  });

  it("opens a claim's evidence without JavaScript", async () => {
    const page = await open({ javaScriptEnabled: false });
    const li = page.locator("li[data-verdict]").first();
    // Inside a closed fold, content is laid out but not rendered: checkVisibility() says so.
    const shown = (selector: string) => li.locator(selector).first().evaluate((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0);
    expect(await shown(".evidence"), "folded at first").toBe(false);
    await li.locator("summary").click();
    expect(await shown(".evidence"), "open after a tap").toBe(true);
    expect(await shown('a[href^="/sources/#"]')).toBe(true);
    await page.context().close();
  });

  it.each(["light", "dark"] as const)("shows each verdict with a symbol, and its name at AA contrast (%s)", async (colorScheme) => {
    const page = await open({ colorScheme });
    const found = await page.evaluate(() => {
      const bgOf = (el: Element | null): string => {
        for (; el; el = el.parentElement) {
          const c = getComputedStyle(el).backgroundColor;
          if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") return c;
        }
        return "rgb(255, 255, 255)";
      };
      return Array.from(document.querySelectorAll(".verdict[data-v]"), (el) => {
        const mark = getComputedStyle(el, "::before");
        return { verdict: el.getAttribute("data-v")!, symbol: mark.content, symbolColour: mark.color, symbolBg: mark.backgroundColor, text: getComputedStyle(el).color, bg: bgOf(el) };
      });
    });
    expect(found.length).toBeGreaterThan(40);
    const symbols = new Map<string, string>();
    for (const f of found) {
      // A glyph, given empty alternative text (the name is read out instead).
      expect(f.symbol, f.verdict).toMatch(/^".+" \/ ""$/);
      expect(symbols.get(f.verdict) ?? f.symbol, `${f.verdict}: one symbol`).toBe(f.symbol);
      symbols.set(f.verdict, f.symbol);
      expect(contrast(f.text, f.bg), `${f.verdict}: name ${f.text} on ${f.bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(f.symbolColour, f.symbolBg), `${f.verdict}: symbol ${f.symbolColour} on ${f.symbolBg}`).toBeGreaterThanOrEqual(4.5);
      // The symbol's disc stands out from the page (non-text contrast, 3:1).
      expect(contrast(f.symbolBg, f.bg), `${f.verdict}: disc ${f.symbolBg} on ${f.bg}`).toBeGreaterThanOrEqual(3);
    }
    // Verdicts that hold, hold in part and do not hold never share a symbol.
    expect(symbols.get("matches")).not.toBe(symbols.get("not-supported"));
    expect(symbols.get("partly")).not.toBe(symbols.get("matches"));
    expect(symbols.get("unverified")).not.toBe(symbols.get("matches"));
    await page.context().close();
  });
});
