import { describe, expect, it } from "vitest";
import { HEIGHT_MESSAGE, heightMessage, MAX_HEIGHT, MIN_HEIGHT, readHeight } from "../../../src/embed/protocol.ts";

describe("readHeight(data)", () => {
  it("reads the height of a height message, rounded up", () => {
    expect(readHeight({ type: HEIGHT_MESSAGE, height: 612.2 })).toBe(613);
  });

  it("clamps heights to the sane range", () => {
    expect(readHeight({ type: HEIGHT_MESSAGE, height: 1e9 })).toBe(MAX_HEIGHT);
    expect(readHeight({ type: HEIGHT_MESSAGE, height: 3 })).toBe(MIN_HEIGHT);
  });

  it.each([
    ["a negative height", -500],
    ["zero", 0],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["a numeric string", "500"],
    ["an array", [500]],
    ["an object with valueOf", { valueOf: (): number => 500 }],
    ["null", null],
    ["a missing height", undefined],
  ])("rejects %s", (_, height) => {
    expect(readHeight({ type: HEIGHT_MESSAGE, height })).toBeNull();
  });

  it.each([["a string", "wcc-chart-embed:height 500"], ["null", null], ["another type", { type: "resize", height: 500 }], ["a number", 500]])(
    "rejects a message that is %s",
    (_, data) => {
      expect(readHeight(data)).toBeNull();
    },
  );

  it("reads what heightMessage(height) writes", () => {
    expect(readHeight(heightMessage(700.4))).toBe(701);
  });
});
