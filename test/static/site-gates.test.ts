/**
 * Gates on the built site in dist/, every page found from the files, read without a
 * browser: valid HTML (html-validate and the Nu HTML Checker), every internal link, asset
 * and #anchor resolves, no connection hint to another origin, and the start-up byte
 * budgets. The gate logic is in scripts/quality/; the gates that need a browser (requests,
 * policy, axe) run on every page in test/browser/every-page.test.ts.
 */
import { describe, expect, it } from "vitest";
import { builtPages, DIST } from "../support/pages.ts";
import { formatHtmlProblems, validateSite } from "../../scripts/quality/html-validity.ts";
import { formatNuProblems, nuErrors } from "../../scripts/quality/nu-html.ts";
import { checkLinks, formatLinkProblems } from "../../scripts/quality/links.ts";
import { overBudget, siteBytes } from "../../scripts/quality/budgets.ts";
import { foreignConnectionHints } from "../../scripts/quality/requests.ts";
import { readPage, SITE_ORIGIN } from "../../scripts/quality/site-files.ts";

const pages = builtPages();

describe("the built site", () => {
  it("html-validate reports no errors on any page", async () => {
    const problems = await validateSite(DIST);
    expect(problems, formatHtmlProblems(problems)).toEqual([]);
  });

  // One JVM start for the whole site; vnu is slow to start, quick per page.
  it("the Nu HTML Checker (vnu) reports no errors on any page", async () => {
    const problems = await nuErrors(DIST);
    expect(problems, formatNuProblems(problems)).toEqual([]);
  }, 120_000);

  it("every internal link, asset and #anchor resolves", () => {
    const problems = checkLinks(DIST);
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });

  it("every page is within budget at start: JS ≤ 20 KB, HTML+CSS+JS ≤ 100 KB (gzip)", async () => {
    const bytes = await siteBytes(DIST);
    expect(bytes.map((b) => b.page)).toEqual(pages);
    const over = bytes.flatMap(overBudget);
    expect(over, over.join("\n")).toEqual([]);
  });

  it("no page hints a connection to another origin (preconnect, dns-prefetch)", () => {
    const hints = pages.flatMap((p) => foreignConnectionHints(readPage(DIST, p).document, SITE_ORIGIN + p).map((h) => `${p}: ${h}`));
    expect(hints).toEqual([]);
  });
});
