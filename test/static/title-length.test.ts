/**
 * A chart's title is at most 12 words, as built: the finding in plain English, with the
 * detail in the subtitle (docs/charts.md, "Chart text"). Read from dist/ without a browser:
 * every chart's page, its embed and every council's page (whose title holds the council's
 * name, up to five words, and its place, "joint 12th highest"). A word is what spaces
 * separate: "10–15", "£0.5m–£1.2m" and "2018/19" are one word each.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { builtDoc, builtPages } from "../support/pages.ts";

export const MAX_TITLE_WORDS = 12;

/** The words of a title. */
export const words = (title: string) => title.trim().split(/\s+/).filter(Boolean);

/** The chart titles of a built page (markup, or the shared parsed page) that run past the limit, each with its count. */
export function longTitles(html: string | Document): string[] {
  const document = typeof html === "string" ? parseHTML(html).document : html;
  return [...document.querySelectorAll(".chart-title")]
    .map((h) => h.textContent!.trim())
    .filter((t) => words(t).length > MAX_TITLE_WORDS)
    .map((t) => `${words(t).length} words: ${t}`);
}

const pages = builtPages().filter((p) => /^\/(charts|embed|compare)\/[^/]+\/$/.test(p));

describe(`chart titles are at most ${MAX_TITLE_WORDS} words`, () => {
  it("on every chart page, embed and council page", () => {
    expect(pages.filter((p) => p.startsWith("/compare/")).length).toBeGreaterThan(100);
    const titled = pages.filter((p) => builtDoc(p).querySelector(".chart-title") !== null);
    expect(titled.length).toBeGreaterThan(100);
    expect(pages.flatMap((p) => longTitles(builtDoc(p)).map((t) => `${p} ${t}`))).toEqual([]);
  });

  it("catches a title of 13 words and passes one of 12", () => {
    const page = (title: string) => `<figure class="chart"><h2 class="chart-title">${title}</h2></figure>`;
    expect(longTitles(page("In 2025, Worcestershire's rate was above seven of its ten statistical neighbours' rates"))).toHaveLength(1);
    expect(longTitles(page("In 2025, Worcestershire's rate was above seven of its ten statistical neighbours'"))).toEqual([]);
  });
});
