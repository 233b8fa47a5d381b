/**
 * The scrutiny board's minute as test/fixtures/minutes/ gives it, and this site's record of
 * that meeting in content/meetings/, parsed with the real schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { meetingSchema } from "../../src/schemas/meeting.ts";
import { ROOT } from "./timeline.ts";

export interface MinuteFixture {
  meeting: string;
  seed: string;
  points: { ref: string; opens: string; quotes: string[] }[];
}

export const fixture = parse(readFileSync(join(ROOT, "test/fixtures/minutes/scrutiny-2018-10-25.yaml"), "utf8")) as MinuteFixture;
const recordFile = join(ROOT, "content/meetings", `${fixture.meeting}.yaml`);
const recordText = readFileSync(recordFile, "utf8");
export const record = meetingSchema.parse(parse(recordText));
