import { describe, expect, it } from "vitest";
import { formatNumber, ordinal, percentChange } from "../../../src/format/number.ts";

describe("formatNumber(value)", () => {
  it("groups thousands and keeps at most one decimal place", () => {
    expect([formatNumber(64460), formatNumber(58.5), formatNumber(58.54), formatNumber(0)]).toEqual(["64,460", "58.5", "58.5", "0"]);
  });
});

describe("percentChange(from, to)", () => {
  it("rounds to one decimal place: England 2010→2016 is 9.2%, not 10%", () => {
    expect(percentChange(64460, 70400)).toBe(9.2);
    expect(percentChange(64400, 70440)).toBe(9.4);
  });
  it("is negative for a fall", () => {
    expect(percentChange(54, 34)).toBe(-37);
  });
});

describe("ordinal(n)", () => {
  it("writes English ordinals, teens included", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 43, 71, 111, 112].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "43rd", "71st", "111th", "112th"]);
  });
});
