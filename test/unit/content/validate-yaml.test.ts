import { describe, expect, it } from "vitest";
import { validateContent, validateYamlText } from "../../../src/lib/content/validate-yaml.ts";
import { timelineEventSchema } from "../../../src/schemas/timeline.ts";
import { feedbackConfigSchema } from "../../../src/schemas/feedback.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";

const known = new Set(sources().map((s) => s.id));
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
    expect(errors).toContain("content/feedback.yaml:3: consultation.formUrl: Invalid URL");
    expect(errors).toContain("content/feedback.yaml:5: consultation.closes: must not be before opens");
  });
});

describe("validateContent(knownSourceIds)", () => {
  it("the project's content has no errors", () => {
    expect(validateContent(known)).toEqual([]);
  });
});

describe("timelineEventSchema(sources): headlines no stronger than their sources", () => {
  const bySource = new Map(sources().map((s) => [s.id, s]));
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
    expect(validateContent(new Map(sources().map((s) => [s.id, s])))).toEqual([]);
  });
});
