import { describe, expect, it } from "vitest";
import { splitDirectives } from "../../../src/lib/content/directives.ts";

describe("splitDirectives(body)", () => {
  it("splits markdown runs around chart and table directives, in order", () => {
    expect(splitDirectives("Intro.\n\n[[chart:rate-per-10000]]\n\nMiddle.\n[[table:looked-after-from-2018]]\nEnd.")).toEqual([
      { kind: "markdown", text: "Intro.\n" },
      { kind: "chart", id: "rate-per-10000" },
      { kind: "markdown", text: "\nMiddle." },
      { kind: "table", id: "looked-after-from-2018" },
      { kind: "markdown", text: "End." },
    ]);
  });
  it("leaves a directive inside a line as text", () => {
    expect(splitDirectives("See [[chart:money]] here.")).toEqual([{ kind: "markdown", text: "See [[chart:money]] here." }]);
  });
  it("returns nothing for an empty body", () => {
    expect(splitDirectives("\n\n")).toEqual([]);
  });
  it("marks a chart placed with |brief", () => {
    expect(splitDirectives("[[chart:money|brief]]")).toEqual([{ kind: "chart", id: "money", brief: true }]);
  });
  it("stops on an unknown option, naming the line", () => {
    expect(() => splitDirectives("Intro.\n\n[[chart:money|short]]")).toThrow(/body line 3: unknown option "\|short"/);
    expect(() => splitDirectives("[[table:looked-after-from-2018|brief]]")).toThrow(/body line 1/);
  });
});
