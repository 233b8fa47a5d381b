import { describe, expect, it } from "vitest";
import { timelineYears } from "../../../src/lib/timeline/years.ts";

describe("timelineYears(events)", () => {
  it("gives the years of the earliest and latest dated events, whatever their order", () => {
    expect(timelineYears([{ date: "2019-06" }, { date: null }, { date: "2016-10-24" }, { date: "2024" }])).toEqual({ first: "2016", last: "2024" });
  });

  it("refuses a timeline with no dated event rather than naming a span it cannot know", () => {
    expect(() => timelineYears([{ date: null }])).toThrow(/no event has a date/);
  });
});
