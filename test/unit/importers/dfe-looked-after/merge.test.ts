import { describe, expect, it } from "vitest";
import { Missing, type Row } from "../../../../src/format/table-schema.ts";
import { mergeValues, sortRows, tally } from "../../../../scripts/importers/dfe-looked-after/merge.ts";
import type { DfeValue } from "../../../../scripts/importers/dfe-looked-after/read-dfe-file.ts";

const YEARS: Record<string, number> = { "dfe-cla-2021": 2021, "dfe-cla-2022": 2022, "dfe-cla-2024": 2024, "dfe-cla-2025": 2025 };
const yearOf = (id: string) => YEARS[id] ?? null;
const blank = new Missing("");
const row = (value: number | Missing, source: string, extra: Partial<Row> = {}): Row => ({
  area_code: "E10000034",
  area_name: "Worcestershire",
  year: 2022,
  measure: "looked_after_31_march",
  unit: "number",
  value,
  source_id: source,
  confidence: "read",
  revised_from: blank,
  revised_from_source: blank,
  note: blank,
  ...extra,
});
const value = (v: number | Missing): DfeValue => ({ areaCode: "E10000034", areaName: "Worcestershire", fileAreaCode: "E10000034", laNumber: null, year: 2022, measure: "looked_after_31_march", unit: "number", value: v, line: 9 });

describe("mergeValues(rows, values, release, yearOf)", () => {
  it("replaces an earlier release's differing value and records it as the revision", () => {
    const { rows, changes } = mergeValues([row(890, "dfe-cla-2022")], [value(891)], { sourceId: "dfe-cla-2025", reportingYear: 2025 }, yearOf);
    expect(rows[0]).toMatchObject({ value: 891, source_id: "dfe-cla-2025", revised_from: 890, revised_from_source: "dfe-cla-2022" });
    expect(changes.map((c) => c.kind)).toEqual(["replaced"]);
  });

  it("keeps a later release's value and records the earlier file's value as its revision", () => {
    const { rows, changes } = mergeValues([row(891, "dfe-cla-2025")], [value(890)], { sourceId: "dfe-cla-2022", reportingYear: 2022 }, yearOf);
    expect(rows[0]).toMatchObject({ value: 891, source_id: "dfe-cla-2025", revised_from: 890, revised_from_source: "dfe-cla-2022" });
    expect(tally(changes)).toEqual({ checked: 1, differ: 0 });
  });

  it("keeps the revision from the most recent earlier release", () => {
    const existing = row(891, "dfe-cla-2025", { revised_from: 889, revised_from_source: "dfe-cla-2024" });
    const { rows } = mergeValues([existing], [value(880)], { sourceId: "dfe-cla-2021", reportingYear: 2021 }, yearOf);
    expect(rows[0]).toMatchObject({ revised_from: 889, revised_from_source: "dfe-cla-2024" });
  });

  it("lets an official release replace a value from a source with no reporting year, and flags its note", () => {
    const { rows, changes } = mergeValues([row(531, "a-newspaper", { confidence: "press", note: "Reported by a newspaper." })], [value(530)], { sourceId: "dfe-cla-2022", reportingYear: 2022 }, yearOf);
    expect(rows[0]).toMatchObject({ value: 530, confidence: "read", revised_from: 531, revised_from_source: "a-newspaper" });
    expect(changes[0]?.noteToReview).toBe("Reported by a newspaper.");
  });

  it("moves an agreed value to the later release without inventing a revision", () => {
    const { rows, changes } = mergeValues([row(891, "dfe-cla-2022")], [value(891)], { sourceId: "dfe-cla-2025", reportingYear: 2025 }, yearOf);
    expect(rows[0]).toMatchObject({ value: 891, source_id: "dfe-cla-2025", revised_from: blank });
    expect(tally(changes)).toEqual({ checked: 1, differ: 0 });
  });

  it("treats a suppressed value as a value: 'c' differs from 5 and from 'z', never equals 0", () => {
    const { changes } = mergeValues([row(new Missing("c"), "dfe-cla-2025")], [value(0)], { sourceId: "dfe-cla-2025", reportingYear: 2025 }, yearOf);
    expect(changes[0]?.kind).toBe("replaced");
    const same = mergeValues([row(new Missing("c"), "dfe-cla-2025")], [value(new Missing("c"))], { sourceId: "dfe-cla-2025", reportingYear: 2025 }, yearOf);
    expect(same.changes[0]?.kind).toBe("same");
  });

  it("adds a value the project lacks, noting a successor area code", () => {
    const v = { ...value(561), areaCode: "E10000023", areaName: "North Yorkshire", fileAreaCode: "E06000065" };
    const { rows, changes } = mergeValues([], [v], { sourceId: "dfe-cla-2025", reportingYear: 2025 }, yearOf);
    expect(rows[0]).toMatchObject({ area_code: "E10000023", value: 561, source_id: "dfe-cla-2025", note: expect.stringContaining("E06000065") });
    expect(tally(changes)).toEqual({ checked: 1, differ: 1 });
  });
});

describe("sortRows(rows)", () => {
  it("orders by area code descending, then measure, unit and year", () => {
    const rows = [row(1, "x", { year: 2023 }), row(1, "x", { area_code: "E92000001", year: 2021 }), row(1, "x", { measure: "started", year: 2020 }), row(1, "x", { year: 2021 })];
    expect(sortRows(rows).map((r) => `${String(r.area_code)} ${String(r.measure)} ${String(r.year)}`)).toEqual([
      "E92000001 looked_after_31_march 2021",
      "E10000034 looked_after_31_march 2021",
      "E10000034 looked_after_31_march 2023",
      "E10000034 started 2020",
    ]);
  });
});
