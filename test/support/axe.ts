/** Runs axe-core in a page at WCAG 2.2 level AA and returns its violations. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

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
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
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

/** The colour schemes every page is checked in (the widths are in page-gates.ts). */
export const AXE_SCHEMES = ["light", "dark"] as const;
export type Scheme = (typeof AXE_SCHEMES)[number];

/**
 * axe's violations in each colour scheme, on one loaded page: the scheme is switched in
 * place (prefers-color-scheme), which restyles the page as a load in that scheme would.
 * The site's colours are CSS alone, with no transitions and no script reading the
 * scheme, so no second load is needed; the page is left in the light scheme.
 */
export async function axeInSchemes(page: Page): Promise<Record<Scheme, AxeViolation[]>> {
  const out = {} as Record<Scheme, AxeViolation[]>;
  for (const scheme of AXE_SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    out[scheme] = await axeViolations(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
  return out;
}
