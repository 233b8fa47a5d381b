/**
 * This site's charts that carry a caveat. That every output of such a chart shows it is
 * checked in test/unit/charts/caveats.test.ts.
 */
import { describe, expect, it } from "vitest";
import { loadChartEntries } from "../../../src/charts/entries.ts";

const withCaveat = loadChartEntries("content").filter((e) => e.entry.caveat !== undefined);

describe("charts with a caveat", () => {
  it("include the rate chart (markers for the proposal and the handover) and the comparators chart", () => {
    expect(withCaveat.map((e) => e.id)).toEqual(expect.arrayContaining(["rate-per-10000", "comparators"]));
  });
});
