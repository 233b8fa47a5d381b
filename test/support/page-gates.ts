/**
 * The browser gates for one page, read from a single load that is looked at on a phone
 * and then on a laptop: the requests it made and the policy violations it reported while
 * loading, scrolling and settling at each width (scripts/quality/page-visit.ts), axe's
 * violations in the light and the dark scheme at each width, and where the page's own
 * content starts on the phone. The page sweep (test/browser/every-page.test.ts) and the
 * planted-fault tests (test/browser/gates-catch-faults.test.ts) both use this, so a fault
 * the planted tests see caught is caught the same way on every page.
 *
 * Why one load, resized, rather than a load per width: the site's layout is CSS alone (no
 * script reads the width), so a page widened in place lays out as a page loaded wide,
 * and a load with its settling and axe's injection was half the cost of the sweep. The
 * load is at the phone's width first: images chosen by width (srcset, <picture>) fetch the
 * narrow candidate then, and the wide one when the window widens (browsers fetch a larger
 * candidate on widening, never a smaller one on narrowing), so both widths' requests are
 * seen. The planted-fault tests show faults seen only wide, and only narrow, are caught.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { visitPage } from "../../scripts/quality/page-visit.ts";
import { axeInSchemes, type AxeViolation, type Scheme } from "./axe.ts";

/** The widths every page is checked at: a small phone, then a laptop. */
export const GATE_WIDTHS = [375, 1280] as const;
export type GateWidth = (typeof GATE_WIDTHS)[number];
/** The narrowest phone the layout must fit: checked for sideways scrolling only. */
const NARROWEST = 320;
const HEIGHT = 900;

export interface PageGates {
  /** Every request at every width, the page itself first. */
  requests: string[];
  /** Every policy violation at every width. */
  violations: string[];
  /** axe's violations by width and scheme. */
  axe: Record<GateWidth, Record<Scheme, AxeViolation[]>>;
  /** The top of <main> in document coordinates at 375 px, or null where the page has none. */
  mainTop: number | null;
  /** Whether the page's first heading in <main> shows at 375 px. */
  headingShown: boolean;
  /** How far the page is wider than the screen (scrollWidth - clientWidth) at 375 and at 320 px. */
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

/** A context for pageGates: pages open at the phone's width, with no service worker. */
export const gatesContext = (browser: Browser): Promise<BrowserContext> => browser.newContext({ viewport: { width: GATE_WIDTHS[0], height: HEIGHT }, serviceWorkers: "block" });

/**
 * The gates of the page at `url`, loaded in `context` (gatesContext) or, given the
 * browser, in a context of its own. A shared context is the cheap one (every-page.test.ts
 * says why it hides nothing); a test that plants a fault in what is cached uses its own.
 */
export async function pageGates(browserOrContext: Browser | BrowserContext, url: string): Promise<PageGates> {
  const [phone, laptop] = GATE_WIDTHS;
  const own = "newContext" in browserOrContext;
  const context = own ? await gatesContext(browserOrContext) : browserOrContext;
  let page: Page | undefined;
  try {
    const visit = await visitPage(context, url);
    page = visit.page;
    const top = await mainTop(page);
    const headingShown = await page.locator("main h1").first().isVisible();
    const axe = {} as PageGates["axe"];
    axe[phone] = await axeInSchemes(page);
    const sideways: Record<number, number> = { [phone]: await sidewaysOverflow(page) };
    await page.setViewportSize({ width: NARROWEST, height: HEIGHT });
    sideways[NARROWEST] = await sidewaysOverflow(page);
    // Widened: what loads at this width (wider image candidates, content that lazy-loads
    // once the layout moves it into view) is requested and settled like the first load.
    await page.setViewportSize({ width: laptop, height: HEIGHT });
    await visit.scrollThrough();
    axe[laptop] = await axeInSchemes(page);
    return { requests: visit.requests, violations: await visit.violations(), axe, mainTop: top, headingShown, sideways };
  } finally {
    if (own) await context.close();
    else await page?.close();
  }
}
