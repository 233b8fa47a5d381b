/**
 * The questions tracker says only what the meeting record shows: an "answered" status needs an
 * answer in the record to that very question, and a question with no reply cites no answer.
 * Faults are planted to show each is caught. That every question the record holds has an
 * entry is checked in test/story/unit/questions.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { questionSchema, type Question } from "../../../src/schemas/question.ts";
import { meetingSchema } from "../../../src/schemas/meeting.ts";
import { questionStatusProblems } from "../../../src/lib/content/question-status.ts";
import { ROOT } from "../../support/timeline.ts";

const FILE = "content/questions.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const questions = (parse(text) as unknown[]).map((q) => questionSchema.parse(q));
const dir = join(ROOT, "content/meetings");
const meetings = readdirSync(dir)
  .filter((n) => n.endsWith(".yaml"))
  .map((n) => ({ id: n.replace(/\.yaml$/, ""), ...meetingSchema.parse(parse(readFileSync(join(dir, n), "utf8"))) }));
const lineOf = (id: string, field: string) => {
  const lines = text.split("\n");
  const start = lines.indexOf(`- id: ${id}`);
  const next = lines.findIndex((l, n) => n > start && l.startsWith("- "));
  const at = lines.findIndex((l, n) => n > start && (next < 0 || n < next) && l.startsWith(`  ${field}:`));
  return (at >= 0 ? at : start) + 1;
};
const change = (id: string, patch: Partial<Question>) => questions.map((q) => (q.id === id ? { ...q, ...patch } : q));

describe("content/questions.yaml: each status is what the record shows", () => {
  it("has no problems", () => {
    expect(questionStatusProblems(questions, meetings, FILE, text)).toEqual([]);
  });

  it("refuses 'answered in part' resting on a statement that answers another point (the Chairman's question as it was)", () => {
    const planted = change("chairman-other-councils", { status: "answered-in-part", answerPoints: ["scrutiny-2018-10-25#cure-to-prevention"] });
    expect(questionStatusProblems(planted, meetings, FILE, text)).toEqual([
      `${FILE}:${lineOf("chairman-other-councils", "answerPoints")}: answerPoints: question "chairman-other-councils": "scrutiny-2018-10-25#cure-to-prevention" is a statement in the record, not an answer`,
      `${FILE}:${lineOf("chairman-other-councils", "status")}: status: question "chairman-other-councils": status "answered-in-part" but none of its answer points answers "scrutiny-2018-10-25#q-chairman" in the record; use "no-answer-recorded"`,
    ]);
  });

  it("refuses an answer that answers something else (request 2 as it was), and 'answered' with no answer", () => {
    const planted = change("request-localities", { answerPoints: ["scrutiny-2018-10-25#a-central-base"] });
    expect(questionStatusProblems(planted, meetings, FILE, text)).toEqual([expect.stringMatching(/^content\/questions\.yaml:\d+: answerPoints: question "request-localities": status "further-information-requested" cites answer points/)]);
    const none = change("staff", { answerPoints: [] });
    expect(questionStatusProblems(none, meetings, FILE, text)).toEqual([`${FILE}:${lineOf("staff", "status")}: status: question "staff": status "answered" but no answer point; the record must hold the answer`]);
    const other = change("staff", { answerPoints: ["scrutiny-2018-10-25#a-high-numbers"] });
    expect(questionStatusProblems(other, meetings, FILE, text)).toHaveLength(1);
  });
});
