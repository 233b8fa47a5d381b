/** Runs axe-core in a page at WCAG 2.2 level AA and returns its violations. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Every WCAG 2.0–2.2 A and AA rule axe has. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the site's
  // Content-Security-Policy (rightly) blocks inline scripts, and this keeps it in force.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is added to the page above
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, WCAG_AA_TAGS);
}

/** A readable summary of violations for a failing assertion. */
export function formatViolations(path: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
}

/** The colour schemes and widths every page is checked at: a small phone and a laptop. */
export const AXE_SCHEMES = ["light", "dark"] as const;
export const AXE_WIDTHS = [375, 1280] as const;

/** Loads `url` at one scheme and width in its own context and returns axe's violations. */
export async function axeAt(browser: Browser, url: string, scheme: (typeof AXE_SCHEMES)[number], width: number): Promise<AxeViolation[]> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}
