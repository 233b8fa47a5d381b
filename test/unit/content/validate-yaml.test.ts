import { describe, expect, it } from "vitest";
import { validateContent, validateYamlText } from "../../../src/features/validate-yaml.ts";
import { parseYamlText, readYaml, YamlFileError } from "../../../src/format/yaml-errors.ts";
import { timelineEventSchema } from "../../../src/schemas/timeline.ts";
import { feedbackConfigSchema } from "../../../src/schemas/feedback.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";
import { site } from "../../support/site.ts";


const known = new Set(sources(site).map((s) => s.id));
const schema = timelineEventSchema(known);
const good = `title: Cabinet meeting
kind: meeting
precision: day
date: 2018-10-18
summary: Item 7.
sources: [wcc-cabinet-2018-10-18]
`;

describe("validateYamlText(text, file, schema)", () => {
  it("accepts a good event, with an unquoted date", () => {
    expect(validateYamlText(good, "content/timeline/x.yaml", schema)).toEqual([]);
  });

  it("names file, line and field for an unknown source id", () => {
    const text = good.replace("sources: [wcc-cabinet-2018-10-18]", "sources:\n  - wcc-cabinet-2018-10-18\n  - no-such-source");
    expect(validateYamlText(text, "content/timeline/x.yaml", schema)).toEqual(['content/timeline/x.yaml:8: sources.1: unknown source id "no-such-source" (not in data/sources.csv)']);
  });

  it("rejects dates that do not match the precision or do not exist", () => {
    expect(validateYamlText(good.replace("date: 2018-10-18", "date: 2018-10"), "f.yaml", schema)).toEqual(["f.yaml:4: date: expected a real day as YYYY-MM-DD"]);
    expect(validateYamlText(good.replace("date: 2018-10-18", "date: 2018-02-30"), "f.yaml", schema)).toEqual(["f.yaml:4: date: expected a real day as YYYY-MM-DD"]);
    expect(validateYamlText(good.replace("precision: day", "precision: month").replace("date: 2018-10-18", "date: 2018-13"), "f.yaml", schema)[0]).toMatch(/^f\.yaml:4: date:/);
    expect(validateYamlText(good + "end: 2018-10-17\n", "f.yaml", schema)).toEqual(["f.yaml:7: end: must be after date"]);
  });

  it("an undated event needs its earliest possible day and a note, and no date", () => {
    const undated = good.replace("precision: day", "precision: not published").replace("date: 2018-10-18\n", "");
    const errors = validateYamlText(undated, "f.yaml", schema);
    expect(errors).toContain("f.yaml:1: notBefore: required as YYYY-MM-DD when the date is not published");
    expect(errors.some((e) => e.includes("dateNote"))).toBe(true);
    expect(validateYamlText(undated + "notBefore: 2018-10-18\ndateNote: Not published.\n", "f.yaml", schema)).toEqual([]);
  });

  it("rejects an unknown kind, naming its line", () => {
    expect(validateYamlText(good.replace("kind: meeting", "kind: party"), "f.yaml", schema)[0]).toMatch(/^f\.yaml:2: kind: /);
  });

  it("checks the feedback config: real dates, in order, https form", () => {
    const cfg = "consultation:\n  name: X\n  formUrl: http://insecure.example/form\n  opens: 2018-11-30\n  closes: 2018-11-01\n";
    const errors = validateYamlText(cfg, "content/feedback.yaml", feedbackConfigSchema, ["consultation"]);
    expect(errors).toContain("content/feedback.yaml:3: consultation.formUrl: must be an https: address on the web (e.g. https://example.org/page)");
    expect(errors).toContain("content/feedback.yaml:5: consultation.closes: must not be before opens");
  });
});

describe("validateContent(knownSourceIds)", () => {
  it("the project's content has no errors", () => {
    expect(validateContent(known, site)).toEqual([]);
  });
});

describe("timelineEventSchema(sources): headlines no stronger than their sources", () => {
  const bySource = new Map(sources(site).map((s) => [s.id, s]));
  const withSources = timelineEventSchema(bySource);
  const press = good.replace("sources: [wcc-cabinet-2018-10-18]", "sources: [bromsgrove-standard-2018-10-15]\nstatedAs: [Cabinet met]");

  it("refuses a title that only the press reports unless it is attributed, naming file, line and field", () => {
    expect(validateYamlText(press, "content/timeline/x.yaml", withSources)).toEqual([
      'content/timeline/x.yaml:1: title: only the press reports this: name the paper in the title ("Bromsgrove Standard")',
    ]);
    expect(validateYamlText(press.replace("title: Cabinet meeting", "title: Cabinet met, the Bromsgrove Standard said"), "f.yaml", withSources)).toEqual([]);
    // "The press" is not a source a reader can check.
    expect(validateYamlText(press.replace("title: Cabinet meeting", "title: Cabinet met, the press reported"), "f.yaml", withSources)).toHaveLength(1);
  });

  it("refuses an unattributed title marked press even when an official record is also a source", () => {
    const marked = good.replace("sources: [wcc-cabinet-2018-10-18]", "sources: [wcc-cabinet-2018-10-18, dudley-news-2018-10-18]\nconfidence: press\nstatedAs: [Cabinet voted]");
    expect(validateYamlText(marked, "f.yaml", withSources)[0]).toMatch(/^f\.yaml:1: title: only the press reports this/);
    expect(validateYamlText(marked.replace("title: Cabinet meeting", "title: Cabinet voted, the Dudley News reported"), "f.yaml", withSources)).toEqual([]);
  });

  it("refuses an event only the press reports that does not list the words stating it (statedAs), which the post-build check needs", () => {
    const unlisted = press.replace("\nstatedAs: [Cabinet met]", "").replace("title: Cabinet meeting", "title: Cabinet met, the Bromsgrove Standard said");
    expect(validateYamlText(unlisted, "f.yaml", withSources)).toEqual([
      expect.stringMatching(/^f\.yaml:\d+: statedAs: only the press reports this: list the words that state it/),
    ]);
    // An event from the official record needs none.
    expect(validateYamlText(good, "f.yaml", withSources)).toEqual([]);
  });

  it("needs a note saying how an inferred date was inferred", () => {
    expect(validateYamlText(good + "dateStatus: inferred\n", "f.yaml", withSources)).toEqual(["f.yaml:1: dateNote: an inferred date must say how it was inferred"]);
  });
});

describe("project timeline", () => {
  it("has no press-only headline stated as fact (validateContent with the sources)", () => {
    expect(validateContent(new Map(sources(site).map((s) => [s.id, s])), site)).toEqual([]);
  });
});

describe("parseYamlText / validateYamlText refuse alias bombs and control characters, naming file and line", () => {
  // "Billion laughs": nine aliases a level, seven levels: 9^7 values from a few hundred bytes.
  const bomb = (indent = "") =>
    [
      `${indent}a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`,
      ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${indent}${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`),
      `${indent}bomb: [${Array(9).fill("*g").join(", ")}]`,
    ].join("\n");

  it("a bomb in a block mapping, at the line of its first alias", () => {
    const errors = validateYamlText(`${good}${bomb()}\n`, "content/timeline/x.yaml", schema);
    expect(errors).toEqual(["content/timeline/x.yaml:8: yaml: its aliases expand past 100 values (an alias bomb); write the values out instead of aliasing them"]);
  });

  it("a bomb on one line in flow style, nested under a key", () => {
    const oneLine = `x: {a: &a [l, l, l, l, l, l, l, l, l], b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]}\n`;
    expect(parseYamlText(`${good}${oneLine}`, "f.yaml").errors).toEqual([expect.stringMatching(/^f\.yaml:7: yaml: its aliases expand past 100 values/)]);
  });

  it("a bomb through merge keys (<<)", () => {
    const merge = "a: &a {x: 1, y: 2}\n" + ["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`).join("\n") + "\ng: {<<: *f}\n";
    expect(parseYamlText(merge, "f.yaml").errors[0]).toMatch(/^f\.yaml:2: yaml: its aliases expand past 100 values/);
  });

  it("readYaml throws YamlFileError with the same message, never yaml's own ReferenceError", () => {
    expect(() => readYaml(bomb(), "content/ui.yaml")).toThrow(YamlFileError);
    expect(() => readYaml(bomb(), "content/ui.yaml")).toThrow(/^content\/ui\.yaml:2: yaml: its aliases expand/);
  });

  it("a few aliases are still allowed (yaml's limit, not a ban)", () => {
    expect(parseYamlText("a: &a {x: 1}\nb: *a\nc: *a\n", "f.yaml")).toMatchObject({ errors: [], data: { a: { x: 1 }, b: { x: 1 }, c: { x: 1 } } });
  });

  it.each([
    ["a raw bell in a plain value", `${good}note: ring\u0007\n`, /^f\.yaml:7: \(text\): control character U\+0007 at column 11/],
    ["a raw NUL in a comment", `# x\u0000\n${good}`, /^f\.yaml:1: \(text\): control character U\+0000/],
    ["a right-to-left override", good.replace("Item 7.", "Item \u202E7."), /^f\.yaml:5: \(text\): control character U\+202E/],
    ["a \\u0007 escape in a double-quoted value", good.replace("summary: Item 7.", 'summary: "Item\\u0007 7."'), /^f\.yaml:5: summary: control character U\+0007 in the value/],
    ["a \\x1b escape in a list item", good.replace("sources: [wcc-cabinet-2018-10-18]", 'sources: ["wcc\\x1b"]'), /^f\.yaml:6: sources\.0: control character U\+001B in the value/],
    ["a \\u2028 escape in a key", `${good}"k\\u2028": 1\n`, /^f\.yaml:7: k\u2028: control character U\+2028 in the value/],
  ])("%s", (_what, text, expected) => {
    const errors = validateYamlText(text, "f.yaml", schema);
    expect(errors).toEqual([expect.stringMatching(expected)]);
  });

  it("tabs and newlines in a value are text, not control characters", () => {
    expect(parseYamlText('a: "x\\ty"\nb: |\n  one\n  two\n', "f.yaml").errors).toEqual([]);
  });
});
