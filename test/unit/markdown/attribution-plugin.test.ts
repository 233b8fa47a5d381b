import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { createMarkdownIt, renderInline, renderMarkdown } from "../../../src/lib/markdown/index.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import type { Figure, FigureRegistry } from "../../../src/lib/figures/types.ts";
import { loadLabels } from "../../../src/lib/markdown/labels.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";

const list: Figure[] = [
  { key: "bbc.children", parts: [{ value: 19, text: "19" }], sourceIds: ["bbc"], confidence: "press", note: null },
  { key: "papers.petition", parts: [{ value: 383, text: "383" }], sourceIds: ["papers"], confidence: "press", note: null },
  { key: "calc.rise", parts: [{ value: 9.2, text: "9.2%" }], sourceIds: ["dfe"], confidence: "calc", note: null },
  { key: "claim.essex", parts: [{ value: 7, text: "seven per cent" }], sourceIds: ["news"], confidence: "unverified", note: null },
  { key: "count", parts: [{ value: 796, text: "796" }], sourceIds: ["dfe"], confidence: "read", note: null },
];
const figures: FigureRegistry = { get: (k) => list.find((f) => f.key === k), keys: () => list.map((f) => f.key) };
const publishers: Record<string, string> = { bbc: "BBC News", papers: "Dudley News / Bromsgrove Standard", dfe: "Department for Education", news: "A council" };
const md = createMarkdownIt({ figures, labels: loadLabels(loadSiteConfig(process.env)), publisherOf: (id) => publishers[id], inferredDates: new Set(["2018-10-25"]), revisionWords: ui(site).charts });
const file = "content/pages/x.md";
const render = (text: string) => renderMarkdown(md, text, { file, source: text });

describe("attribution: a sentence with a press, calculated or unverified figure says so", () => {
  it("accepts a press figure whose sentence names the publisher, or either of two papers", () => {
    expect(() => render("There were {{bbc.children}} children in the homes, BBC News reported.")).not.toThrow();
    expect(() => render("The Bromsgrove Standard said a petition had {{papers.petition}} signatures.")).not.toThrow();
    // "Local papers" names no paper a reader can check.
    expect(() => render("A petition had {{papers.petition}} signatures, according to local papers.")).toThrow(/a press figure is stated as fact/);
  });

  it("refuses a press figure stated as fact, naming file, line and the sentence", () => {
    const text = "Intro line.\n\nThere were {{bbc.children}} children in the homes. BBC News covered the story.";
    expect(() => render(text)).toThrow(/^content\/pages\/x\.md:3: "There were # children in the homes\.": a press figure is stated as fact/);
  });

  it("checks the sentence the figure is in, not its neighbours", () => {
    expect(() => render("BBC News reported the plan. There were {{bbc.children}} children in the homes.")).toThrow(/a press figure is stated as fact/);
  });

  it("needs 'our calculation' beside a calculated figure", () => {
    expect(() => render("The number rose by {{calc.rise}}.")).toThrow(/a calc figure is stated as fact/);
    expect(() => render("The number rose by {{calc.rise}} by our calculation.")).not.toThrow();
  });

  it("lets an unverified figure appear only as something claimed", () => {
    expect(() => render("Essex saw a {{claim.essex}} fall.")).toThrow(/a unverified figure is stated as fact/);
    expect(() => render("The release said Essex saw a {{claim.essex}} fall.")).not.toThrow();
  });

  it("leaves read figures, table cells and quoted claims alone", () => {
    expect(() => render("There were {{count}} children.")).not.toThrow();
    expect(() => render("| Source | Children |\n|---|---|\n| BBC | {{bbc.children}} |")).not.toThrow();
    expect(() => renderInline(md, "Essex saw a {{claim.essex}} fall", { file, quotedClaim: true })).not.toThrow();
  });
});

describe("inferred dates", () => {
  it('render with "(inferred)" when written {{date:… inferred}}', () => {
    expect(render("The Board met on {{date:2018-10-25 inferred}}.")).toContain('<time datetime="2018-10-25">25 October 2018</time> (inferred)');
  });

  it("stop the build when an inferred date is given without its qualifier, naming file and line", () => {
    expect(() => render("Intro.\n\nThe Board met on {{date:2018-10-25}}.")).toThrow(/^content\/pages\/x\.md:3: \{\{date:2018-10-25\}\}: 2018-10-25 is an inferred date/);
  });

  it("refuse the qualifier on a date that is not inferred, and any other word", () => {
    expect(() => render("Cabinet met on {{date:2018-10-18 inferred}}.")).toThrow(/not listed as inferred/);
    expect(() => render("Cabinet met on {{date:2018-10-18 maybe}}.")).toThrow(/one optional word/);
  });
});
