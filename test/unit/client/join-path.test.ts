import { describe, expect, it } from "vitest";
import { joinPath } from "../../../src/charts/drawing/join-path.ts";

describe("joinPath(points)", () => {
  it("joins consecutive years with lines", () => {
    expect(joinPath([{ year: 2020, x: 1, y: 2 }, { year: 2021, x: 3, y: 4 }, { year: 2022, x: 5, y: 6 }])).toBe("M1,2L3,4L5,6");
  });

  it("starts a new run after a year with no value, so a gap is never bridged", () => {
    expect(joinPath([{ year: 2018, x: 1, y: 2 }, { year: 2019, x: 3, y: 4 }, { year: 2021, x: 5, y: 6 }, { year: 2022, x: 7, y: 8 }])).toBe("M1,2L3,4M5,6L7,8");
  });

  it("draws nothing for no points and a lone move for one", () => {
    expect(joinPath([])).toBe("");
    expect(joinPath([{ year: 2025, x: 1, y: 2 }])).toBe("M1,2");
  });
});
