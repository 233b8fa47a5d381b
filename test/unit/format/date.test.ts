import { describe, expect, it } from "vitest";
import { daysBetween, formatIsoDate, formatIsoRange, formatShortDay, isIsoDate, isIsoDay, isoRangeParts, nextDay } from "../../../src/format/date.ts";

describe("date formatting", () => {
  it("formatIsoDate(iso) at each precision", () => {
    expect(formatIsoDate("2018-10-08")).toBe("8 October 2018");
    expect(formatIsoDate("2017-09")).toBe("September 2017");
    expect(formatIsoDate("2024")).toBe("2024");
  });
  it("formatIsoRange(start, end) drops what repeats", () => {
    expect(formatIsoRange("2018-07-11", "2018-07-12")).toBe("11–12 July 2018");
    expect(formatIsoRange("2016-10-24", "2016-11-17")).toBe("24 October – 17 November 2016");
    expect(formatIsoRange("2018-12-30", "2019-01-02")).toBe("30 December 2018 – 2 January 2019");
  });
  it("isoRangeParts(start, end) gives each end apart, for one <time> each", () => {
    expect(isoRangeParts("2018-07-11", "2018-07-12")).toEqual({ start: "11", separator: "–", end: "12 July 2018" });
    expect(isoRangeParts("2016-10-24", "2016-11-17")).toEqual({ start: "24 October", separator: " – ", end: "17 November 2016" });
    expect(isoRangeParts("2017-09", "2019-01")).toEqual({ start: "September 2017", separator: " – ", end: "January 2019" });
  });
  it("daysBetween(from, to), nextDay(iso) across month and leap-year ends", () => {
    expect(daysBetween("2018-10-20", "2018-11-30")).toBe(41);
    expect(daysBetween("2018-11-30", "2018-11-29")).toBe(-1);
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2018-12-31")).toBe("2019-01-01");
  });
  it("isIsoDay(text) accepts only real days", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2018-13-01")).toBe(false);
    expect(isIsoDay("18-10-2018")).toBe(false);
  });
  it("formatIsoDate(iso) refuses what is not a date, rather than writing \"undefined\"", () => {
    expect(() => formatIsoDate("2018-13")).toThrow('"2018-13" is not a date');
    expect(() => formatIsoDate("2018-02-31")).toThrow("is not a date");
    expect(() => formatIsoDate("soon")).toThrow("is not a date");
  });
  it("isIsoDate(text) accepts a real day, month or year only", () => {
    expect(["2018-10-18", "2018-10", "2018"].every(isIsoDate)).toBe(true);
    expect(["2018-13", "2018-00", "2018-02-30", "18", "2018-1"].some(isIsoDate)).toBe(false);
  });
  it("formatShortDay(iso) abbreviates the month as en-GB does and drops the year", () => {
    expect(formatShortDay("2018-10-08")).toBe("8 Oct");
    expect(formatShortDay("2018-09-20")).toBe("20 Sept");
    expect(() => formatShortDay("2018-10")).toThrow("is not a day");
  });
});
