import { describe, expect, it } from "vitest";
import { validateMarkup } from "../../../scripts/quality/html-validity.ts";
import { page } from "./fixture-site.ts";

describe("validateMarkup(html, name) with the committed rules", () => {
  it("accepts Plot's inline SVG as the build leaves it (presentation attributes, no style), and a scrollable table region", async () => {
    const svg = '<svg role="img" aria-label="A chart" font-size="13" overflow="visible" viewBox="0 0 10 10"><g class="tabular-nums"><path d="M0,0L10,10"></path></g></svg>';
    const region = '<div class="table-scroll" tabindex="0" role="region" aria-label="Data table"><table><caption>Data</caption><tbody><tr><th>Year</th></tr></tbody></table></div>';
    expect(await validateMarkup(page("A title long enough to be over seventy characters, as chart headlines often are", svg + region), "/ok/")).toEqual([]);
  });

  it("reports other inline styles, duplicate ids and misplaced elements, naming page, line and rule", async () => {
    const problems = await validateMarkup(page("T", '<p style="color:red" id="a">x</p>\n<p id="a">y</p>\n<ul><p>z</p></ul>'), "/bad/");
    expect(problems.map((p) => `${p.page}:${p.line} ${p.rule}`)).toEqual(["/bad/:1 no-inline-style", "/bad/:2 no-dup-id", "/bad/:3 element-permitted-content"]);
  });

  it("reports the style attribute Plot writes, even the properties it was once allowed", async () => {
    const svg = '<svg role="img" aria-label="A chart" style="font-size:13px;overflow:visible" viewBox="0 0 10 10"></svg>';
    const problems = await validateMarkup(page("T", svg), "/plot/");
    expect(problems.map((p) => p.rule)).toEqual(["no-inline-style"]);
  });
});
