import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dodgeLabels, labelGap } from "../../../src/charts/drawing/dodge.ts";

describe("dodgeLabels(ys, gap, min, max)", () => {
  it("leaves labels that are already far enough apart where they are", () => {
    expect(dodgeLabels([10, 50, 100], 14)).toEqual([10, 50, 100]);
  });

  it("moves two close labels apart evenly about their mean, keeping input order", () => {
    expect(dodgeLabels([100, 95], 14)).toEqual([104.5, 90.5]);
  });

  it("splits a tie evenly, the first label above", () => {
    expect(dodgeLabels([83.6, 83.6], 17)).toEqual([75.1, 92.1]);
  });

  it("moves a stack that runs off the bottom back up as a block", () => {
    expect(dodgeLabels([195, 198, 200], 10, 0, 200)).toEqual([180, 190, 200]);
  });

  it("keeps a stack below the top of the frame", () => {
    expect(dodgeLabels([0, 1, 2], 10, 0, 200)).toEqual([0, 10, 20]);
  });

  it("merges a block that grows into the next one", () => {
    // 10 and 12 spread to 1 and 21, which now meets 25: all three spread about 15.67.
    const out = dodgeLabels([10, 12, 25], 20);
    expect(out[1]! - out[0]!).toBeCloseTo(20);
    expect(out[2]! - out[1]!).toBeCloseTo(20);
    expect((out[0]! + out[1]! + out[2]!) / 3).toBeCloseTo((10 + 12 + 25) / 3);
  });

  it("always leaves every pair at least `gap` apart, in the input's order, within the frame when it fits", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 5, max: 30 }), (ys, gap) => {
        const out = dodgeLabels(ys, gap, 0, 300);
        const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
        for (let k = 1; k < order.length; k++) expect(out[order[k]!.i]! - out[order[k - 1]!.i]!).toBeGreaterThanOrEqual(gap - 1e-9);
        if ((ys.length - 1) * gap <= 300) for (const y of out) expect(y).toBeGreaterThanOrEqual(-1e-9), expect(y).toBeLessThanOrEqual(300 + 1e-9);
      }),
    );
  });
});

describe("labelGap(fontSize)", () => {
  it("leaves more than a line of text between label centres", () => {
    expect(labelGap(12)).toBeGreaterThan(12 * 1.2);
    expect(labelGap(13)).toBeGreaterThan(13 * 1.2);
  });
});
