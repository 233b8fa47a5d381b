import { describe, expect, it } from "vitest";
import { meetingSchema } from "../../../src/schemas/meeting.ts";

const base = {
  title: "Cabinet, {{date:2018-10-18}}",
  short: "Cabinet",
  body: "Cabinet",
  date: "2018-10-18",
  dateStatus: "recorded",
  itemLabel: "item-7",
  itemTitle: "Item",
  sourceId: "wcc-cabinet-2018-10-18",
  recordUrl: "https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=7324",
  meetingUrl: "https://worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=131&MId=2161",
  summary: "Summary.",
  points: [
    { id: "q-one", kind: "question", speaker: "Board members", text: "Why?" },
    { id: "a-one", kind: "answer", speaker: "Officers", text: "Because.", answers: ["q-one"] },
  ],
};
const messages = (v: unknown) => {
  const r = meetingSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("meetingSchema", () => {
  it("accepts a well-formed record and defaults optional fields", () => {
    const m = meetingSchema.parse(base);
    expect(m.venue).toBeNull();
    expect(m.points[0]!.answers).toEqual([]);
  });
  it("refuses an unknown kind of point", () => {
    expect(messages({ ...base, points: [{ ...base.points[0], kind: "rant" }] })[0]).toMatch(/^points\.0\.kind/);
  });
  it("refuses duplicate point ids and answers to points that do not exist", () => {
    expect(messages({ ...base, points: [base.points[0], { ...base.points[1], id: "q-one", answers: ["q-two"] }] })).toEqual([
      'points.1.id: duplicate point id "q-one"',
      'points.1.answers: unknown point id "q-two"',
    ]);
  });
  it("requires a reason when the date is inferred", () => {
    expect(messages({ ...base, dateStatus: "inferred" })).toEqual(["dateNote: an inferred date must say why"]);
  });
  it("refuses an id that is not a stable slug", () => {
    expect(messages({ ...base, points: [{ ...base.points[0], id: "Q 1" }] })[0]).toMatch(/^points\.0\.id/);
  });
});
