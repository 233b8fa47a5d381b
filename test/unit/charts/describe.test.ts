import { describe, expect, it } from "vitest";
import { describeLines, listYears } from "../../../src/charts/describe.ts";
import type { LinePoint } from "../../../src/charts/line-chart.ts";

const pts = (series: string, values: [number, number | null][]): LinePoint[] => values.map(([year, value]) => ({ series, year, value }));

describe("describeLines(data, series, unit)", () => {
  it("gives each series' first and last value, and a peak in between", () => {
    const d = pts("A", [[2010, 1], [2011, 5], [2012, 3]]);
    expect(describeLines(d, ["A"], "children")).toBe("A: 1 children in 2010, 3 in 2012, with a peak of 5 in 2011.");
  });

  it("names every year that shares the peak", () => {
    const d = pts("A", [[2010, 1], [2011, 5], [2012, 5], [2013, 2]]);
    expect(describeLines(d, ["A"], "x")).toContain("a peak of 5 in 2011 and 2012");
  });

  it("says which years have no value, rather than treating them as zero", () => {
    const d = pts("A", [[2010, 1], [2011, null], [2012, 3]]);
    expect(describeLines(d, ["A"], "x")).toContain("There is no A value for 2011.");
  });

  it("reports when one series first rises above another", () => {
    const d = [...pts("A", [[2010, 1], [2011, 2], [2012, 4]]), ...pts("B", [[2010, 2], [2011, 2], [2012, 3]])];
    expect(describeLines(d, ["A", "B"], "x")).toContain("A started below B and was first above it in 2012 and was still above it in 2012.");
  });

  it("says so when a series has no values at all", () => {
    expect(describeLines(pts("A", [[2010, null]]), ["A"], "x")).toContain("No values are published for A.");
  });
});

describe("listYears(years)", () => {
  it("joins with commas and a final 'and'", () => {
    expect(listYears([2019])).toBe("2019");
    expect(listYears([2019, 2020, 2021])).toBe("2019, 2020 and 2021");
  });
});
