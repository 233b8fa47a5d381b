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
  it("accepts topics that start at points, in order, and defaults to none", () => {
    expect(meetingSchema.parse(base).topics).toEqual([]);
    const topics = [
      { id: "topic-q", title: "Why", start: "q-one" },
      { id: "topic-a", title: "Because", start: "a-one" },
    ];
    expect(meetingSchema.parse({ ...base, topics }).topics).toEqual(topics);
  });
  it("refuses topics that name no point, skip the first point, go backwards or reuse an id", () => {
    expect(messages({ ...base, topics: [{ id: "t", title: "T", start: "q-nine" }] })).toEqual(['topics.0.start: unknown point id "q-nine"']);
    expect(messages({ ...base, topics: [{ id: "t", title: "T", start: "a-one" }] })).toEqual(['topics.0.start: the first topic must start at the first point, "q-one"']);
    expect(
      messages({
        ...base,
        topics: [
          { id: "t1", title: "T", start: "q-one" },
          { id: "t2", title: "U", start: "q-one" },
        ],
      }),
    ).toEqual(['topics.1.start: topic starts at "q-one", which is not after the previous topic\'s start']);
    expect(messages({ ...base, topics: [{ id: "a-one", title: "T", start: "q-one" }] })).toEqual(['topics.0.id: topic id "a-one" is also a point id']);
  });
});
