import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { eventBounds, eventDateLabel, eventState } from "../../../src/lib/timeline/event.ts";
import { event } from "../../support/timeline.ts";

describe("eventBounds(event)", () => {
  it("a day, a span of days, a month, a span of months, a year, no date", () => {
    expect(eventBounds(event({ date: "2018-10-18" }))).toEqual({ earliest: "2018-10-18", latest: "2018-10-18" });
    expect(eventBounds(event({ date: "2016-10-24", end: "2016-11-17" }))).toEqual({ earliest: "2016-10-24", latest: "2016-11-17" });
    expect(eventBounds(event({ precision: "month", date: "2024-02" }))).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(eventBounds(event({ precision: "month", date: "2017-09", end: "2019-01" }))).toEqual({ earliest: "2017-09-01", latest: "2019-01-31" });
    expect(eventBounds(event({ precision: "year", date: "2024" }))).toEqual({ earliest: "2024-01-01", latest: "2024-12-31" });
    expect(eventBounds(event({ precision: "not published", date: null, notBefore: "2018-10-18" }))).toEqual({ earliest: "2018-10-18", latest: null });
  });
});

describe("eventState(event, asOf)", () => {
  const day = event({ date: "2018-10-25" });
  it("before, on and after a day", () => {
    expect(eventState(day, "2018-10-20")).toBe("upcoming");
    expect(eventState(day, "2018-10-25")).toBe("ongoing");
    expect(eventState(day, "2018-10-26")).toBe("past");
  });
  it("a month is under way throughout it", () => {
    const month = event({ precision: "month", date: "2018-10" });
    expect(eventState(month, "2018-09-30")).toBe("upcoming");
    expect(eventState(month, "2018-10-31")).toBe("ongoing");
    expect(eventState(month, "2018-11-01")).toBe("past");
  });
  it("an undated event is upcoming before its earliest possible day and undetermined after", () => {
    const undated = event({ precision: "not published", date: null, notBefore: "2018-10-18" });
    expect(eventState(undated, "2018-10-17")).toBe("upcoming");
    expect(eventState(undated, "2018-10-20")).toBe("undetermined");
    expect(eventState(undated, "2026-11-22")).toBe("undetermined");
  });
});

describe("eventDateLabel(event)", () => {
  it("says the date as precisely as published, never more", () => {
    expect(eventDateLabel(event({ date: "2018-07-11", end: "2018-07-12" }), ui(site).names)).toBe("11–12 July 2018");
    expect(eventDateLabel(event({ date: "2016-10-24", end: "2016-11-17" }), ui(site).names)).toBe("24 October – 17 November 2016");
    expect(eventDateLabel(event({ precision: "month", date: "2017-09", end: "2019-01" }), ui(site).names)).toBe("September 2017 – January 2019");
    expect(eventDateLabel(event({ precision: "month", date: "2024-10" }), ui(site).names)).toBe("October 2024");
    expect(eventDateLabel(event({ precision: "not published", date: null, notBefore: "2018-10-18" }), ui(site).names)).toBe("Dates not published");
  });
});
