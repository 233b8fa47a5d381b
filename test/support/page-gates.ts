/**
 * The browser gates for one page at one width, read from a single load: the requests it
 * made and the policy violations it reported while loading, scrolling and settling
 * (scripts/quality/page-visit.ts), axe's violations in the light and the dark scheme,
 * and where the page's own content starts. The page sweep (test/browser/every-page.test.ts)
 * and the planted-fault tests (test/browser/gates-catch-faults.test.ts) both use this, so
 * a fault the planted tests see caught is caught the same way on every page.
 */
import type { Browser, Page } from "playwright-core";
import { visitPage } from "../../scripts/quality/page-visit.ts";
import { axeInSchemes, type AxeViolation, type Scheme } from "./axe.ts";

export interface PageGates {
  requests: string[];
  violations: string[];
  axe: Record<Scheme, AxeViolation[]>;
  /** The top of <main> in document coordinates, or null where the page has none. */
  mainTop: number | null;
  /** Whether the page's first heading in <main> shows. */
  headingShown: boolean;
  /**
   * How far the page is wider than the screen (scrollWidth - clientWidth), by width: at the
   * width asked for when it is a phone's (at most 375 px), then at 320 px; empty on wider screens.
   */
  sideways: Record<number, number>;
}

/** How far the page can be dragged sideways: the document's width beyond the screen's. */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Where the page's own content starts: the top of <main> in document coordinates (null without one). */
export const mainTop = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const main = document.querySelector("main");
    return main ? main.getBoundingClientRect().top + window.scrollY : null;
  });

export async function pageGates(browser: Browser, url: string, width: number): Promise<PageGates> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "block" });
  try {
    const visit = await visitPage(context, url);
    const violations = await visit.violations();
    const top = await mainTop(visit.page);
    const headingShown = await visit.page.locator("main h1").first().isVisible();
    const axe = await axeInSchemes(visit.page);
    // On a phone, measured on the same load: at this width, then narrowed to 320 px.
    const sideways: Record<number, number> = {};
    if (width <= 375) {
      sideways[width] = await sidewaysOverflow(visit.page);
      await visit.page.setViewportSize({ width: 320, height: 900 });
      sideways[320] = await sidewaysOverflow(visit.page);
    }
    return { requests: visit.requests, violations, axe, mainTop: top, headingShown, sideways };
  } finally {
    await context.close();
  }
}
