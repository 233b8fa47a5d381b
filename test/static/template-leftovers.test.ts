/**
 * No template leftovers in the built pages: the text a reader sees must read as if a person
 * wrote it. Reads each page's text, element by element (headings, paragraphs, list items,
 * table cells, definitions, titles, SVG titles), and fails on the patterns a filled-in
 * template leaves behind: a doubled comma, a date in parentheses inside parentheses, a label
 * repeating its own word ("Item: item 7"), a label followed by another label, a "Date:"
 * label followed by something that is not a date, a capitalised phrase such as "Not named"
 * dropped into the middle of a sentence, a sentence that starts in lower case.
 * Each rule is shown to catch its fault on planted text.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { builtDoc, builtPages } from "../support/pages.ts";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Each rule: a name and a pattern that matches the leftover in one element's text. */
const RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: "a doubled comma", pattern: /,\s*,/ },
  { name: "parentheses inside parentheses around a date", pattern: /\([^()]*\([^()]*\)\s*\)/ },
  // "Item: item 7": a capitalised label, then its own word in lower case.
  { name: "a label repeating its own word", pattern: /\b(?:([A-Z])([a-z]+)): (?:(?!\1)[a-z])\2\b/ },
  // "Status: Answer recorded: none": a label of one or two words straight after another.
  { name: "a label followed by another label", pattern: /\b[A-Z][a-z]+(?: [a-z]+)?:\s+[A-Z][a-z]+(?: [a-z]+)?:\s/ },
  { name: "a date label followed by something that is not a date", pattern: new RegExp(`\\bDate:\\s+(?!\\d|(?:${MONTHS})\\b|(?:Not|Dates not)\\b)`) },
  { name: "a capitalised phrase dropped mid-sentence", pattern: /\b(?:from|by|of|to|and|with) (?:Not (?:named|found|stated|given)|None)\b/ },
  // "…version ed3852383589. the first version recorded.": a phrase written to follow a colon,
  // put after a full stop. Abbreviations that take a full stop are let through.
  { name: "a sentence that starts in lower case", pattern: /(?<!\b(?:e\.g|i\.e|etc|St|No|cf|vs))\.\s+(?!https?:)[a-z]/ },
];

/** The text of each element a reader reads as one piece, whitespace squashed. */
function pieces(html: string | Document): string[] {
  const document = typeof html === "string" ? parseHTML(html).document : html;
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll("title, h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, caption, figcaption, summary, svg title, desc"))) {
    // Skip a container whose own children are blocks: each block is read on its own.
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}

/** Every leftover in a page's text, as "rule: text". */
export function leftovers(html: string | Document): string[] {
  const found: string[] = [];
  for (const t of pieces(html)) for (const r of RULES) if (r.pattern.test(t)) found.push(`${r.name}: ${t.length > 160 ? `${t.slice(0, 160)}…` : t}`);
  return [...new Set(found)];
}

describe("no template leftovers in the built pages", () => {
  const pages = builtPages();
  it("there are pages to read", () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)("%s", (path) => {
    expect(leftovers(builtDoc(path))).toEqual([]);
  });

  it("each rule catches the leftovers the site once had", () => {
    const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
    const planted: [string, string][] = [
      ["a doubled comma", "<p>The local-authority data file (2021 to 2025),, measure wording \"on 31 March\".</p>"],
      ["parentheses inside parentheses around a date", "<svg><title>The Board questioned the plan (25 October 2018 (inferred))</title></svg>"],
      ["a label repeating its own word", "<p class=\"meta\">Item: item 7, Children at the Edge of Care.</p>"],
      ["a date label followed by something that is not a date", "<li>October 2024: services returned. Date: Reported by the Kidderminster Standard; the day is not published.</li>"],
      ["a capitalised phrase dropped mid-sentence", "<p>Answered: answer from Not named in the minute</p>"],
      ["a label followed by another label", "<p>Status: Answer recorded: none.</p>"],
      ["a sentence that starts in lower case", "<li>2026-12-05: <a>The chart's title: version ed3852383589</a>. <span>the first version recorded</span>.</li>"],
    ];
    for (const [rule, body] of planted) expect(leftovers(page(body)).map((l) => l.split(":")[0]), rule).toContain(rule);
    expect(leftovers(page("<p>Who: Worcestershire County Council, in its news release. Date: 18 October 2018.</p><p>Answered: answer (Speaker not named in the minute)</p>"))).toEqual([]);
  });
});
