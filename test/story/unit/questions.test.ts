/** Every question this site's scrutiny record holds has an entry in content/questions.yaml (the status rules: test/unit/content/questions.test.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { questionSchema } from "../../../src/schemas/question.ts";
import { meetingSchema } from "../../../src/schemas/meeting.ts";
import { ROOT } from "../../support/timeline.ts";

const FILE = "content/questions.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const questions = (parse(text) as unknown[]).map((q) => questionSchema.parse(q));
const dir = join(ROOT, "content/meetings");
const meetings = readdirSync(dir)
  .filter((n) => n.endsWith(".yaml"))
  .map((n) => ({ id: n.replace(/\.yaml$/, ""), ...meetingSchema.parse(parse(readFileSync(join(dir, n), "utf8"))) }));

describe("content/questions.yaml: each status is what the record shows", () => {
  it("every question or concern in the scrutiny record has an entry", () => {
    const scrutiny = meetings.find((m) => m.id === "scrutiny-2018-10-25")!;
    const asked = new Set(questions.map((q) => q.point));
    for (const p of scrutiny.points.filter((x) => x.kind === "question")) expect(asked.has(`scrutiny-2018-10-25#${p.id}`), p.id).toBe(true);
  });
});
