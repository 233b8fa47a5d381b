/**
 * Every rank the built site states ("61st of 151", "70 of 152 councils had a higher rate",
 * "44th highest of 151 councils") is out of the councils with a published rate that year:
 * distinct DfE local-authority numbers, counted from data/looked-after-councils.csv,
 * so a council listed under two codes would show as a wrong denominator. DfE's counts for
 * this site's years are checked in test/story/static/ranks.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, builtPages } from "../support/pages.ts";
import { ratedCouncils } from "../support/rated-councils.ts";

const expected = ratedCouncils;
const YEAR = /\b(20[12]\d)\b/g;
// "61st of 151", "44th highest of the 151 councils", "70 of 152 councils had", "70 of 152 in 2018":
// any count of 140 to 159, the number of English councils with a rate.
const RANK = /\b\d+(?:st|nd|rd|th)?(?: highest)? of (?:the )?(1[45]\d)\b(?!,\d)/g;

/** A rank found on a page: the year it is for and the count it is out of. */
interface Found {
  where: string;
  year: number | null;
  of: number;
  text: string;
}

/** The last year named in `text` that the data covers. */
function lastYear(text: string): number | null {
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1])).filter((y) => expected.has(y));
  return years.at(-1) ?? null;
}

function ranksOn(path: string): Found[] {
  const { document } = parseHTML(readFileSync(join(DIST, path.endsWith(".html") ? path : join(path, "index.html")), "utf8"));
  const found: Found[] = [];
  // Table cells: the year is the column's heading.
  for (const table of document.querySelectorAll("table")) {
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
    for (const tr of table.querySelectorAll("tbody tr")) {
      [...tr.children].forEach((cell, i) => {
        const m = /^(?:joint )?\d+(?:st|nd|rd|th) of (\d+)$/.exec(cell.textContent!.trim());
        if (m) found.push({ where: `${path} table`, year: expected.has(Number(heads[i])) ? Number(heads[i]) : null, of: Number(m[1]), text: `${heads[i]}: ${cell.textContent!.trim()}` });
      });
    }
    table.remove();
  }
  // Tooltips: "Worcestershire, 2021: 73 per 10,000; 65th highest of 150 councils".
  for (const el of document.querySelectorAll("[data-tip]")) {
    const tip = el.getAttribute("data-tip")!;
    for (const m of tip.matchAll(RANK)) found.push({ where: `${path} data-tip`, year: lastYear(tip.slice(0, m.index)), of: Number(m[1]), text: tip });
  }
  // Prose: the year is the last one named before the rank in the same block or the one before it.
  for (const el of document.querySelectorAll("p, li, dd, figcaption, .chart-description, desc, title")) {
    if (el.querySelector("p, li, dd")) continue;
    const text = el.textContent!.replace(/\s+/g, " ");
    for (const m of text.matchAll(RANK)) {
      // A year in the rank's own clause ("43 of 151 councils had a higher rate in 2025"), else the last one before it.
      const clause = /^[^,.;]*/.exec(text.slice(m.index + m[0].length))![0];
      const before = `${(el.previousElementSibling?.textContent ?? "").replace(/\s+/g, " ")} ${text.slice(0, m.index)}`;
      found.push({ where: `${path} text`, year: lastYear(clause) ?? lastYear(before), of: Number(m[1]), text: text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 30) });
    }
  }
  return found;
}

const pages = builtPages();
const all = pages.flatMap(ranksOn);

describe("ranks on the built pages", () => {
  it("finds ranks for every year of the all-councils data, in the similar-councils table", () => {
    const table = all.filter((f) => f.where === "/charts/similar-councils/ table");
    expect(new Set(table.map((f) => f.year))).toEqual(new Set(expected.keys()));
  });

  it.each(pages)("%s: each rank is out of the councils with a published rate that year", (path) => {
    const wrong = all.filter((f) => f.where.startsWith(`${path} `)).filter((f) => f.year === null || f.of !== expected.get(f.year));
    expect(wrong.map((f) => `${f.where}: ${f.year ?? "no year found"}: of ${f.of}, expected ${f.year === null ? "?" : expected.get(f.year)}: "${f.text}"`)).toEqual([]);
  });
});
