import { describe, expect, it } from "vitest";
import { speakersInOrder, topicRuns } from "../../../src/lib/content/meeting-topics.ts";

describe("topicRuns(topics, pointIds)", () => {
  it("runs each topic from its start to the next topic's", () => {
    const runs = topicRuns(
      [
        { id: "t1", title: "One", start: "a" },
        { id: "t2", title: "Two", start: "c" },
      ],
      ["a", "b", "c", "d"],
    );
    expect(runs).toEqual([
      { id: "t1", title: "One", pointIds: ["a", "b"] },
      { id: "t2", title: "Two", pointIds: ["c", "d"] },
    ]);
  });
  it("gives no runs without topics", () => {
    expect(topicRuns([], ["a"])).toEqual([]);
  });
});

describe("speakersInOrder(points)", () => {
  it("lists each speaker once, in order of first appearance, with their points", () => {
    expect(
      speakersInOrder([
        { id: "q1", speaker: "Board members" },
        { id: "a1", speaker: "Officers" },
        { id: "q2", speaker: "Board members" },
      ]),
    ).toEqual([
      { speaker: "Board members", pointIds: ["q1", "q2"] },
      { speaker: "Officers", pointIds: ["a1"] },
    ]);
  });
});
