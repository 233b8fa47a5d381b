/**
 * The --councils import keeps a council once a year: codes that DfE gives one local-authority
 * number are one council, whichever council it is (made-up codes here, not a special case).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { Missing, type Row } from "../../../../src/format/table-schema.ts";
import { unifyByLaNumber } from "../../../../scripts/importers/dfe-looked-after/la-numbers.ts";
import type { DfeValue } from "../../../../scripts/importers/dfe-looked-after/read-dfe-file.ts";
import { importDfe, makeProject } from "./project.ts";

const YEARS: Record<string, number> = { "dfe-cla-2022": 2022, "dfe-cla-2025": 2025 };
const yearOf = (id: string) => YEARS[id] ?? null;
const blank = new Missing("");
const row = (code: string, year: number, value: number | Missing, source: string, n: number | Missing = 901): Row => ({
  area_code: code,
  area_name: "Shire",
  dfe_la_number: n,
  year,
  measure: "looked_after_31_march",
  unit: "rate_per_10000",
  value,
  source_id: source,
  confidence: "read",
  revised_from: blank,
  revised_from_source: blank,
  note: blank,
});
const value = (code: string, year: number, v: number, laNumber: number | null = 901): DfeValue => ({ areaCode: code, areaName: "Shire", fileAreaCode: code, laNumber, year, measure: "looked_after_31_march", unit: "rate_per_10000", value: v, line: year - 2019 });
const located = (rows: Row[]) => rows.map((row, i) => ({ line: i + 2, row }));
const opts = { yearOf, projectFile: "data/looked-after-councils.csv", file: "f.csv" };

describe("unifyByLaNumber(rows, values, …)", () => {
  it("keeps a file's values under the code the project holds for the same DfE number", () => {
    const u = unifyByLaNumber(located([row("E10000901", 2020, 40, "dfe-cla-2022")]), [value("E06000901", 2021, 41)], opts);
    expect(u.errors).toEqual([]);
    expect(u.values).toEqual([expect.objectContaining({ areaCode: "E10000901", fileAreaCode: "E06000901", year: 2021 })]);
    expect(u.groups).toEqual([{ laNumber: 901, code: "E10000901", others: ["E06000901"] }]);
  });

  it("folds the project's rows under a second code into the first, the later release winning and the earlier kept as its revision", () => {
    const rows = [row("E10000901", 2021, 46, "dfe-cla-2022"), row("E06000901", 2021, 47, "dfe-cla-2025"), row("E06000901", 2023, 50, "dfe-cla-2025")];
    const u = unifyByLaNumber(located(rows), [], opts);
    expect(u.rows).toEqual([
      expect.objectContaining({ area_code: "E10000901", year: 2021, value: 47, source_id: "dfe-cla-2025", revised_from: 46, revised_from_source: "dfe-cla-2022" }),
      expect.objectContaining({ area_code: "E10000901", year: 2023, value: 50, note: "DfE lists this under E06000901, the successor code for the same local authority." }),
    ]);
    expect(u.folds.map((f) => f.kind)).toEqual(["merged", "moved"]);
  });

  it("keeps councils with different DfE numbers apart, as a reorganisation into a new area", () => {
    const u = unifyByLaNumber(located([row("E10000902", 2019, 54, "dfe-cla-2022", 835)]), [value("E06000902", 2021, 66, 838)], opts);
    expect(u.groups).toEqual([]);
    expect(u.values[0]!.areaCode).toBe("E06000902");
  });

  it("names the file, line and field where one code is given two DfE numbers", () => {
    const u = unifyByLaNumber(located([row("E10000901", 2020, 40, "dfe-cla-2022", 901)]), [value("E10000901", 2021, 41, 902)], opts);
    expect(u.errors).toEqual(["f.csv:2: old_la_code: E10000901 has DfE number 902, but data/looked-after-councils.csv:2 gives it 901"]);
  });
});

const HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000";
const line = (year: number, n: number, code: string, count: number, rate: number) => `${year},Reporting year,Local authority,E92000001,England,E12000009,South West,${n},Shire,${code},Children looked after on 31 March each year,100000,${count},${rate}`;

describe("npm run import -- <file> --councils, for a council DfE recodes", () => {
  it("imports the earlier and later release as one council, says so, and --check then finds nothing to change", async () => {
    const dir = makeProject();
    const tmp = mkdtempSync(join(tmpdir(), "councils-"));
    const early = join(tmp, "early.csv");
    const late = join(tmp, "late.csv");
    writeFileSync(early, [HEADER, line(2021, 901, "E10000901", 517, 46), line(2022, 901, "E10000901", 551, 50), ""].join("\n"));
    writeFileSync(late, [HEADER, line(2023, 901, "E06000901", 564, 51), line(2024, 901, "E06000901", 586, 52), line(2025, 901, "E06000901", 624, 55), line(2021, 901, "E06000901", 517, 47), ""].join("\n"));
    expect((await importDfe(dir, [early, "--councils"])).code).toBe(0);
    const { code, out } = await importDfe(dir, [late, "--councils"]);
    expect(code).toBe(0);
    expect(out).toContain("note: E06000901 has DfE number 901, as E10000901 has, and is kept under E10000901; area-changes.csv should say so in a same-area row".replace("area-changes.csv", join(dir, "area-changes.csv")));
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, "looked-after-councils.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r.area_code))).toEqual(new Set(["E10000901"]));
    expect(rows.find((r) => r.year === "2021" && r.unit === "rate_per_10000")).toMatchObject({ value: "47", source_id: "dfe-cla-2025", revised_from: "46", revised_from_source: "dfe-cla-2022", dfe_la_number: "901" });
    for (const f of [early, late]) expect((await importDfe(dir, [f, "--councils", "--check"])).out.at(-1)).toMatch(/, 0 differ$/);
  });
});
