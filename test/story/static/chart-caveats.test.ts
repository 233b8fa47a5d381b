/** This site's charts that carry a caveat (that it goes wherever the chart goes: test/static/chart-caveats.test.ts). */
import { describe, expect, it } from "vitest";
import { loadChartEntries } from "../../../src/charts/entries.ts";

const entries = loadChartEntries("content").filter((e) => e.entry.caveat !== undefined);

describe("a chart's caveat is in every output of the chart", () => {
  it("at least the charts that mark events or set councils side by side have one", () => {
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(["rate-per-10000", "comparators"]));
  });
});
