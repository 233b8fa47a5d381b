import { describe, expect, it } from "vitest";
import { splitDirectives } from "../../../src/lib/content/directives.ts";

describe("splitDirectives(body)", () => {
  it("splits markdown runs around chart and table directives, in order", () => {
    expect(splitDirectives("Intro.\n\n[[chart:rate-per-10000]]\n\nMiddle.\n[[table:worcestershire-after-2018]]\nEnd.")).toEqual([
      { kind: "markdown", text: "Intro.\n" },
      { kind: "chart", id: "rate-per-10000" },
      { kind: "markdown", text: "\nMiddle." },
      { kind: "table", id: "worcestershire-after-2018" },
      { kind: "markdown", text: "End." },
    ]);
  });
  it("leaves a directive inside a line as text", () => {
    expect(splitDirectives("See [[chart:money]] here.")).toEqual([{ kind: "markdown", text: "See [[chart:money]] here." }]);
  });
  it("returns nothing for an empty body", () => {
    expect(splitDirectives("\n\n")).toEqual([]);
  });
});
