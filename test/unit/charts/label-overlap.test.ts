import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { overlaps, textBoxes } from "../../support/svg-text-boxes.ts";

const describeBoxes = (pairs: ReturnType<typeof overlaps>) => pairs.map(([a, b]) => `"${a.text}" and "${b.text}"`).join("; ");

describe.each(allCharts(site).map((c) => c.id))("chart %s: no two labels overlap", (id) => {
  const view = chartView(id, site);
  it.each(["narrow", "medium", "wide"] as const)("in the %s layout", (layout) => {
    const boxes = textBoxes(view.svg[layout]!);
    expect(boxes.length).toBeGreaterThan(0);
    expect(describeBoxes(overlaps(boxes))).toBe("");
  });
});

describe("the box estimate", () => {
  it("finds the two end labels that touched on the narrow rate chart before they were dodged by a whole line", () => {
    // As drawn before: the two labels' centres 14 px apart at 12 px bold.
    const svg = `<svg style="font-size:12px"><g font-weight="bold" text-anchor="start"><text transform="translate(256,83.6)" y="0.32em">Worcs. 86</text></g>
      <g transform="translate(8,14)" font-weight="bold" text-anchor="start"><text transform="translate(248,83.6)" y="0.32em">W. Mids 86</text></g></svg>`;
    expect(overlaps(textBoxes(svg))).toHaveLength(1);
  });
  it("places text by its anchor", () => {
    const [box] = textBoxes(`<svg style="font-size:10px"><text transform="translate(100,50)" text-anchor="end">AB</text></svg>`);
    expect(box!.right).toBeCloseTo(100);
    expect(box!.left).toBeCloseTo(86);
  });
});


describe("a council's name at the end of its line", () => {
  it("is set on two lines when too long, broken where the longer line is shortest", async () => {
    const { twoLines } = await import("../../../src/charts/kinds/council-compare.ts");
    expect(twoLines("Kingston upon Hull, City of", (s) => s.length)).toEqual(["Kingston upon", "Hull, City of"]);
    expect(twoLines("Dorset", (s) => s.length)).toEqual(["Dorset"]);
  });
});
