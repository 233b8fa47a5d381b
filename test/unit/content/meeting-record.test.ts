/**
 * The meeting schema holds a record to its minute's order: a point that names the minute's
 * points out of order, or a record that names only some of them, is refused. The input is
 * this site's scrutiny board record; that the record follows its minute is checked in
 * test/story/unit/meeting-record.test.ts.
 */
import { describe, expect, it } from "vitest";
import { meetingSchema } from "../../../src/schemas/meeting.ts";
import { fixture, record } from "../../support/minute-fixture.ts";

describe(`content/meetings/${fixture.meeting}.yaml follows the minute point by point`, () => {
  it("the schema refuses a record that names the minute's points out of order, or only some of them", () => {
    const at = (id: string) => record.points.findIndex((p) => p.id === id);
    const late = record.points.map((p) => (p.id === "a-money" ? { ...p, minutePoint: "discussion-9" } : p));
    const r1 = meetingSchema.safeParse({ ...record, points: late });
    expect(r1.success).toBe(false);
    expect(r1.error!.issues.map((x) => `${x.path.join(".")}: ${x.message}`)).toContainEqual(`points.${at("a-money")}.minutePoint: point "a-money": minute point "discussion-9" comes after "discussion-20"; the record follows the minute's order`);
    const { minutePoint: _dropped, ...bare } = record.points[at("long-stays")]!;
    const r2 = meetingSchema.safeParse({ ...record, points: record.points.map((p, n) => (n === at("long-stays") ? bare : p)) });
    expect(r2.error!.issues.map((x) => `${x.path.join(".")}: ${x.message}`)).toEqual([`points.${at("long-stays")}.minutePoint: point "long-stays": every point of this record names the minute's point it reports`]);
  });
});
