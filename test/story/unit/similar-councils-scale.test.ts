/**
 * The similar-councils chart: its axis stops above the council, its neighbours and nearly
 * every council, so one outlier does not squeeze the story into the bottom of the chart;
 * the chart says where values are off the scale; neighbours are grey, the council coloured.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { chartView } from "../../../src/charts/index.ts";
import { textBoxes } from "../../support/svg-text-boxes.ts";

describe("the similar-councils chart's scale", () => {
  const view = chartView("similar-councils", site);
  it.each(["wide", "medium", "narrow"] as const)("in the %s layout, stops short of the outliers and says so", (layout) => {
    const svg = view.svg[layout]!;
    const numbers = textBoxes(svg).map((b) => b.text).filter((t) => /^\d+$/.test(t)).map(Number).filter((n) => n < 1900); // axis figures, not years
    // DfE's highest council rate in these years is over 300 per 10,000; the council's is under 100.
    expect(Math.max(...numbers)).toBeLessThan(250);
    expect(textBoxes(svg).map((b) => b.text)).toContain("▲ higher, off the scale");
  });
  it("draws the neighbours in grey and the council in the first colour", () => {
    expect(view.svg.wide).toMatch(/data-series="Statistical neighbours"[^>]*stroke="var\(--series-5\)"|stroke="var\(--series-5\)"[^>]*data-series="Statistical neighbours"/);
    expect(view.legend.find((l) => l.series === "Statistical neighbours")?.colour).toBe(4);
    expect(view.legend[0]!.colour).toBe(0);
  });
});
