import { describe, expect, it } from "vitest";
import { Missing } from "../../../src/lib/data/table-schema.ts";
import { codeMeaning, formatValue, missingText, NOT_IN_DATASET, valueStatus } from "../../../src/lib/format/missing.ts";

describe("formatValue(value) and missingText(code)", () => {
  it("writes a figure as a number", () => {
    expect(formatValue(64460)).toBe("64,460");
  });
  it("says a year with no row, or a blank value, is not in this dataset, never that it was not published", () => {
    expect([formatValue(null), formatValue(undefined), formatValue(new Missing(""))]).toEqual([NOT_IN_DATASET, NOT_IN_DATASET, NOT_IN_DATASET]);
    expect(NOT_IN_DATASET).toBe("not in this dataset");
  });
  it("names a DfE code with its meaning where the project knows it", () => {
    expect(missingText("c")).toBe('confidential (code "c")');
    expect(missingText("z")).toBe('not applicable (code "z")');
    expect(formatValue(new Missing("x"))).toBe('not published (code "x")');
  });
  it("knows no meaning for a code it has not met, nor for an inherited property name", () => {
    expect([codeMeaning("c"), codeMeaning("x"), codeMeaning("toString")]).toEqual(["confidential", undefined, undefined]);
  });
  it("gives a chart CSV's status column the same distinction", () => {
    expect([valueStatus(5), valueStatus(new Missing("c")), valueStatus(new Missing(""))]).toEqual(["published", "not published", NOT_IN_DATASET]);
  });
});
