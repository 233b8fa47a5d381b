/** This site's timeline: its span, its kinds of event and their state on a day (the rules: test/unit/timeline/event.test.ts). */
import { describe, expect, it } from "vitest";
import { eventBounds, eventState, sortEvents } from "../../../src/lib/timeline/event.ts";
import { projectEvents } from "../../support/timeline.ts";

describe("the project's timeline", () => {
  const events = projectEvents();
  it("runs from the 2016 inspection to 2024, in order, meeting before decision", () => {
    expect(events[0]!.id).toBe("2016-10-ofsted-inspection");
    expect(eventBounds(events.at(-1)!).earliest.slice(0, 4)).toBe("2024");
    const ids = events.map((e) => e.id);
    expect(ids.indexOf("2018-10-18-cabinet-meeting")).toBeLessThan(ids.indexOf("2018-10-18-cabinet-decision"));
    expect(sortEvents([...events].reverse()).map((e) => e.id)).toEqual(ids);
  });
  it("covers every kind of event, and the consultation window has no invented date", () => {
    expect(new Set(events.map((e) => e.kind)).size).toBe(7);
    const window = events.filter((e) => e.kind === "consultation window");
    expect(window).toHaveLength(1);
    expect(window[0]).toMatchObject({ precision: "not published", date: null, end: null });
    expect(window[0]!.dateNote).toMatch(/not found in published sources/);
  });
  it("as of 2018-10-20, events after it are upcoming; as of 2026 none is", () => {
    const upcoming = events.filter((e) => eventState(e, "2018-10-20") === "upcoming").map((e) => e.id);
    expect(upcoming).toContain("2018-10-25-scrutiny-board");
    expect(upcoming).toContain("2024-12-ofsted-focused-visit");
    expect(upcoming).not.toContain("2018-10-18-cabinet-meeting");
    expect(events.filter((e) => eventState(e, "2026-11-22") === "upcoming")).toEqual([]);
  });
});
