import { describe, expect, it } from "vitest";
import { findUnboundNumerals } from "../../../scripts/postbuild/unbound-numerals.ts";
import { loadLabels } from "../../../src/lib/markdown/labels.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";

/** The site's labels (content/labels.yaml), as the build hands them to the check. */
const LABELS = loadLabels(loadSiteConfig(process.env));

const page = (main: string) => `<!doctype html><html><body><nav>Page 2 of 3</nav><main>${main}</main><footer>© 2025</footer></body></html>`;

describe("findUnboundNumerals(html, labels, releases)", () => {
  it("accepts digits in <data>, <time>, tables, chart figures, code and listed labels", () => {
    const html = page(`
      <p>About <a href="/sources/#x"><data value="796">796</data></a> children on <time datetime="2018-10-18">18 October 2018</time>.</p>
      <table><tr><td>2018</td><td>796</td></tr></table>
      <figure class="chart" data-chart="rate-per-10000"><p>Rate per 10,000 in 2010</p></figure>
      <p><code>SFR27/2010</code>, <span data-label="agenda-item">item 7</span>, <span data-label="release">SFR41/2016</span>.</p>
      <script type="application/ld+json">{"n": 1}</script>`);
    expect(findUnboundNumerals(html, LABELS, ["SFR41/2016"])).toEqual([]);
  });

  it("ignores digits outside <main>", () => {
    expect(findUnboundNumerals(page("<p>No figures here.</p>"), LABELS)).toEqual([]);
  });

  it("finds a hand-typed number in prose and names the content file it came from", () => {
    const html = page(`<div class="prose" data-content-file="content/pages/why.md"><p>The council had 820 children.</p></div><p>And 19 more.</p>`);
    expect(findUnboundNumerals(html, LABELS)).toEqual([
      { text: "820", contentFile: "content/pages/why.md" },
      { text: "19", contentFile: null },
    ]);
  });

  it("refuses a data-label that is not on the short list", () => {
    const html = page(`<p><span data-label="agenda-item">item 99</span> and <span data-label="made-up">report 5</span>.</p>`);
    expect(findUnboundNumerals(html, LABELS).map((n) => n.text)).toEqual([
      'data-label="agenda-item" "item 99" is not on the list of identifiers',
      'data-label="made-up" "report 5" is not on the list of identifiers',
    ]);
  });

  it("does not accept a release label that is not a release in sources.csv", () => {
    expect(findUnboundNumerals(page(`<p><span data-label="release">SFR99/2099</span></p>`), LABELS, ["SFR41/2016"])).toHaveLength(1);
  });

  it("accepts a key name in <kbd> (a key to press, not a figure) but not the same digit beside it", () => {
    expect(findUnboundNumerals(page(`<p>Press <kbd>0</kbd> to show all.</p>`), LABELS)).toEqual([]);
    expect(findUnboundNumerals(page(`<p>Press <kbd>Home</kbd> or 0 to show all.</p>`), LABELS).map((n) => n.text)).toEqual(["0"]);
  });
});
