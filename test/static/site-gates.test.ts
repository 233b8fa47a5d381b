/**
 * Gates on the built site in dist/, every page found from the files, read without a
 * browser: valid HTML (html-validate and the Nu HTML Checker), every internal link, asset
 * and #anchor resolves, no connection hint to another origin, and the start-up byte
 * budgets. The gate logic is in scripts/quality/; the gates that need a browser (requests,
 * policy, axe) run on every page in test/browser/every-page.test.ts. The other gates'
 * planted faults are in gates-catch-faults.test.ts; vnu's is here, so that one JVM start
 * checks both dist/ and the planted copy.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtPages, DIST } from "../support/pages.ts";
import { formatHtmlProblems, validateSite } from "../../scripts/quality/html-validity.ts";
import { formatNuProblems, nuErrorsIn } from "../../scripts/quality/nu-html.ts";
import { checkLinks, formatLinkProblems } from "../../scripts/quality/links.ts";
import { overBudget, siteBytes } from "../../scripts/quality/budgets.ts";
import { foreignConnectionHints } from "../../scripts/quality/requests.ts";
import { readPage } from "../../scripts/quality/site-files.ts";
import { loadSiteConfig } from "../../src/config/config.ts";

/** The origin the site is built for, where absolute links to ourselves point. */
const ORIGIN = loadSiteConfig(process.env).publicUrl.origin;

const pages = builtPages();

// A copy of the home page with Plot's old font-variant attribute on an SVG group, which
// html-validate lets through and vnu does not.
const planted = mkdtempSync(join(tmpdir(), "vnu-planted-"));
const home = readFileSync(join(DIST, "index.html"), "utf8");
writeFileSync(join(planted, "index.html"), home.replace("</main>", '<svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><g font-variant="tabular-nums"><text y="9">1</text></g></svg></main>'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));
/** vnu on dist/ and on the planted copy, one JVM start for both. */
let vnu: ReturnType<typeof nuErrorsIn> | undefined;
const vnuOn = async (dir: string) => (await (vnu ??= nuErrorsIn([DIST, planted]))).get(dir)!;

describe("the built site", () => {
  it("html-validate reports no errors on any page", async () => {
    const problems = await validateSite(DIST);
    expect(problems, formatHtmlProblems(problems)).toEqual([]);
  });

  // One JVM start for the whole site; vnu is slow to start, quick per page.
  it("the Nu HTML Checker (vnu) reports no errors on any page", async () => {
    const problems = await vnuOn(DIST);
    expect(problems, formatNuProblems(problems)).toEqual([]);
  }, 120_000);

  it("vnu reports a planted fault: Plot's font-variant attribute on an SVG group, which html-validate lets through", async () => {
    expect(home).toContain("</main>");
    expect(await validateSite(planted)).toEqual([]);
    const problems = await vnuOn(planted);
    expect(problems.map((p) => p.page)).toEqual(["/"]);
    expect(problems[0]!.message).toMatch(/font-variant/);
  }, 120_000);

  it("every internal link, asset and #anchor resolves", () => {
    const problems = checkLinks(DIST, ORIGIN);
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });

  it("every page is within budget at start: JS ≤ 20 KB, HTML+CSS+JS ≤ 100 KB (gzip)", async () => {
    const bytes = await siteBytes(DIST, ORIGIN);
    expect(bytes.map((b) => b.page)).toEqual(pages);
    const over = bytes.flatMap(overBudget);
    expect(over, over.join("\n")).toEqual([]);
  });

  it("no page hints a connection to another origin (preconnect, dns-prefetch)", () => {
    const hints = pages.flatMap((p) => foreignConnectionHints(readPage(DIST, p).document, ORIGIN + p).map((h) => `${p}: ${h}`));
    expect(hints).toEqual([]);
  });
});
