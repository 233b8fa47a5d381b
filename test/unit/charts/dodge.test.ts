import { describe, expect, it } from "vitest";
import { dodgeLabels } from "../../../src/charts/dodge.ts";

describe("dodgeLabels(ys, gap, min, max)", () => {
  it("leaves labels that are already far enough apart where they are", () => {
    expect(dodgeLabels([10, 50, 100], 14)).toEqual([10, 50, 100]);
  });

  it("pushes a label down until it clears the one above, keeping input order", () => {
    expect(dodgeLabels([100, 95], 14)).toEqual([109, 95]);
  });

  it("moves a stack that runs off the bottom back up as a block", () => {
    const out = dodgeLabels([195, 198, 200], 10, 0, 200);
    expect(out).toEqual([180, 190, 200]);
  });
});
