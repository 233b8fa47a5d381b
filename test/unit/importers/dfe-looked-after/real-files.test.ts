/**
 * The importer on DfE's two real local-authority files (2018–2022 and 2021–2025), read
 * from ../shared/reference/dfe/ beside the repository. The files are not part of the
 * project; where they are absent these tests are skipped and say so. That this site's
 * committed data matches them is checked in test/story/unit/real-files.test.ts.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Missing } from "../../../../src/format/table-schema.ts";
import { loadPackage } from "../../../../src/lib/data/load-package.ts";
import { readDfeFile } from "../../../../scripts/importers/dfe-looked-after/read-dfe-file.ts";
import { loadSiteConfig } from "../../../../src/config/config.ts";
import { ROOT, importDfe, makeProject } from "./project.ts";

const DIR = resolve(ROOT, "..", "shared", "reference", "dfe");
const OLD = join(DIR, "cla_number_and_rate_per_10k_children_2018-2022.csv");
const NEW = join(DIR, "cla_number_and_rate_per_10k_children_2021-2025.csv");
const present = existsSync(OLD) && existsSync(NEW);
const MISSING = ["", "c", "z", "x", "u", ":", "..", "low", "k"];
const title = present ? "the importer on DfE's real files" : `the importer on DfE's real files (skipped: not found in ${DIR})`;

/** Councils with a value of each year, and the years, from one read of a file. */
async function read(path: string) {
  const f = await readDfeFile(path, path, { areas: [], siteAreas: loadSiteConfig(process.env).areas, allLocalAuthorities: true, missingCodes: MISSING });
  const years = [...new Set(f.values.map((v) => v.year))].sort();
  const rated = (y: number) => new Set(f.values.filter((v) => v.year === y && v.unit === "rate_per_10000" && typeof v.value === "number").map((v) => v.areaCode)).size;
  return { f, years, rated };
}

describe.skipIf(!present)(title, () => {
  it("reads every local authority of the 2018–2022 file: 156 codes, 5 years, 152 councils with a rate in 2018", async () => {
    const { f, years, rated } = await read(OLD);
    expect(f.errors).toEqual([]);
    expect(f.areasFound).toHaveLength(156);
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(f.values).toHaveLength(156 * 5 * 2);
    expect(years.map(rated)).toEqual([152, 152, 150, 151, 152]);
    // Only the count at 31 March, and no national or regional rows.
    expect(new Set(f.values.map((v) => v.measure))).toEqual(new Set(["looked_after_31_march"]));
    expect(f.areasFound).not.toContain("E92000001");
    expect(f.areasFound.some((c) => c.startsWith("E12"))).toBe(false);
  });

  it("reads every local authority of the 2021–2025 file: 155 codes, 5 years, North Yorkshire under the site's code", async () => {
    const { f, years, rated } = await read(NEW);
    expect(f.errors).toEqual([]);
    expect(f.areasFound).toHaveLength(155);
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(years.map(rated)).toEqual([150, 151, 151, 152, 151]);
    expect(f.areasFound).toContain("E10000023");
    expect(f.areasFound).not.toContain("E06000065");
  });

  it("imports both into looked-after-councils.csv: 158 councils, 2018–2025, each value with its release, revisions kept", async () => {
    const dir = makeProject();
    expect((await importDfe(dir, [OLD, "--councils"])).code).toBe(0);
    const { code, out } = await importDfe(dir, [NEW, "--councils"]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/: 1550 values for 155 areas; 938 added, 269 replaced, 0 kept from a later release, 343 unchanged$/);
    // Somerset: E06000066 in the 2025 release has DfE number 933, as E10000027 has in 2022's: one council.
    expect(out).toContain("note: E06000066 has DfE number 933, as E10000027 has, and is kept under E10000027; " + join(dir, "area-changes.csv") + " should say so in a same-area row");
    const rows = loadPackage(dir).resources.get("looked-after-councils")!.rows.map((r) => r.row);
    expect(new Set(rows.map((r) => r.area_code)).size).toBe(158);
    expect(rows.some((r) => r.area_code === "E06000066")).toBe(false);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(["dfe-cla-2022", "dfe-cla-2025"]));
    const at = (code: string, year: number, unit: string) => rows.find((r) => r.area_code === code && r.year === year && r.unit === unit)!;
    expect(at("E10000034", 2022, "number")).toMatchObject({ value: 891, source_id: "dfe-cla-2025", revised_from: 890, revised_from_source: "dfe-cla-2022" });
    expect(at("E10000027", 2021, "rate_per_10000")).toMatchObject({ dfe_la_number: 933, value: 47, source_id: "dfe-cla-2025", revised_from: 46, revised_from_source: "dfe-cla-2022" });
    expect(at("E10000027", 2022, "number")).toMatchObject({ value: 548, revised_from: 551, revised_from_source: "dfe-cla-2022" });
    // Each DfE number once a year, so each council is counted once.
    for (const y of [2021, 2022]) {
      const rated = rows.filter((r) => r.year === y && r.unit === "rate_per_10000" && typeof r.value === "number");
      expect(new Set(rated.map((r) => r.dfe_la_number)).size).toBe(rated.length);
      expect(rated).toHaveLength(y === 2021 ? 150 : 151);
    }
    // A council before it existed keeps DfE's "z", never 0.
    expect(at("E06000058", 2018, "rate_per_10000").value).toEqual(new Missing("z"));
    // The site's looked-after.csv is not touched by a --councils import.
    expect(loadPackage(dir).resources.get("looked-after")!.rows).toHaveLength(0);
  });

  it("refuses --area with --councils", async () => {
    const { code, err } = await importDfe(makeProject(), [NEW, "--councils", "--area", "E10000034"]);
    expect(code).toBe(2);
    expect(err[0]).toBe("--councils imports every local authority; it takes no --area");
  });
});
