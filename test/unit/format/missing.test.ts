import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { Missing } from "../../../src/format/table-schema.ts";
import { codeMeaning, formatValue, missingText, STATUS_NOT_IN_DATASET, valueStatus } from "../../../src/format/missing.ts";
import { ui } from "../../../src/lib/content/ui.ts";

/** The engine's words for a figure not held. */
const W = ui(site).charts;

describe("formatValue(value) and missingText(code)", () => {
  it("writes a figure as a number", () => {
    expect(formatValue(64460, W)).toBe("64,460");
  });
  it("says a year with no row, or a blank value, is not in this dataset, never that it was not published", () => {
    expect([formatValue(null, W), formatValue(undefined, W), formatValue(new Missing(""), W)]).toEqual(["not in this dataset", "not in this dataset", "not in this dataset"]);
  });
  it("reads the site's words for a figure not held, whatever they are", () => {
    const own = { notInDataset: "not held here" };
    expect([formatValue(null, own), missingText("", own)]).toEqual(["not held here", "not held here"]);
  });
  it("names a DfE code with its meaning where the project knows it", () => {
    expect(missingText("c", W)).toBe('confidential (code “c”)');
    expect(missingText("z", W)).toBe('not applicable (code “z”)');
    expect(formatValue(new Missing("x"), W)).toBe('not published (code “x”)');
  });
  it("knows no meaning for a code it has not met, nor for an inherited property name", () => {
    expect([codeMeaning("c"), codeMeaning("x"), codeMeaning("toString")]).toEqual(["confidential", undefined, undefined]);
  });
  it("gives a chart CSV's status column the same distinction, as the CSV schema's values, which no wording changes", () => {
    expect([valueStatus(5), valueStatus(new Missing("c")), valueStatus(new Missing(""))]).toEqual(["published", "not published", "not in this dataset"]);
    expect(STATUS_NOT_IN_DATASET).toBe("not in this dataset");
  });
});
