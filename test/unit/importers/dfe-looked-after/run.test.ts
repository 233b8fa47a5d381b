import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPackage } from "../../../../src/lib/data/load-package.ts";
import { FIXTURES, importDfe, makeProject, rowsOf, snapshot } from "./project.ts";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const row = (dir: string, area: string, year: string, measure: string, unit: string) =>
  rowsOf(dir).find((r) => r.area_code === area && r.year === year && r.measure === measure && r.unit === unit);

describe("runImport(['<file>', '--check'])", () => {
  it("lists every value the project lacks, ends with the count, exits 1 and writes nothing", async () => {
    const dir = makeProject();
    const before = snapshot(dir);
    const files = readdirSync(dir).sort();
    const { code, out } = await importDfe(dir, ["new-layout.csv", "--check"]);
    expect(code).toBe(1);
    expect(out.at(-1)).toBe("checked 24 values, 24 differ");
    expect(out).toContain("differs: Worcestershire (E10000034) 2025 looked_after_31_march number: file 1036 (dfe-cla-2025, new-layout.csv:6); not in the project");
    expect(out).toContain('differs: Worcestershire (E10000034) 2025 started number: file missing "c" (dfe-cla-2025, new-layout.csv:7); not in the project');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it("ends 'checked N values, 0 differ' and exits 0 once the file is imported", async () => {
    const dir = makeProject();
    expect((await importDfe(dir, ["new-layout.csv"])).code).toBe(0);
    const { code, out } = await importDfe(dir, ["new-layout.csv", "--check"]);
    expect(out).toEqual(["checked 24 values, 0 differ"]);
    expect(code).toBe(0);
  });

  it("reports one changed figure in a copy of the file, with its line, and exits 1", async () => {
    const dir = makeProject();
    await importDfe(dir, ["new-layout.csv"]);
    const copy = join(mkdtempSync(join(tmpdir(), "dfe-")), "copy.csv");
    writeFileSync(copy, readFileSync(join(FIXTURES, "new-layout.csv"), "utf8").replace(",120119,1036,86", ",120119,1037,86"));
    const { code, out } = await importDfe(dir, [copy, "--check"]);
    expect(code).toBe(1);
    expect(out.filter((l) => l.startsWith("differs:"))).toEqual([
      expect.stringMatching(/^differs: Worcestershire \(E10000034\) 2025 looked_after_31_march number: file 1037 \(dfe-cla-2025, .*copy\.csv:6\); project 1036 \(dfe-cla-2025\)$/),
    ]);
    expect(out.at(-1)).toBe("checked 24 values, 1 differ");
    expect(out).toContain(`note: dfe-cla-2025 was recorded with SHA-256 ${sha(join(FIXTURES, "new-layout.csv"))}; this file's is ${sha(copy)} (DfE may have reissued it)`);
  });

  it("lists a value the project holds from a later release as a revision, not a difference", async () => {
    const dir = makeProject();
    await importDfe(dir, ["new-layout.csv"]);
    await importDfe(dir, ["old-layout.csv"]);
    const { code, out } = await importDfe(dir, ["old-layout.csv", "--check"]);
    expect(out).toContain("revision: Worcestershire (E10000034) 2021 looked_after_31_march rate_per_10000: file 72 (dfe-cla-2021, old-layout.csv:2); project 73 (dfe-cla-2025), a later release, is kept");
    expect(out.filter((l) => l.startsWith("revision:"))).toHaveLength(2);
    expect(out.at(-1)).toBe("checked 18 values, 0 differ");
    expect(code).toBe(0);
  });
});

describe("runImport(['<file>'])", () => {
  it("merges the values, keeping suppression codes, and records the release with the file's SHA-256", async () => {
    const dir = makeProject();
    const { code, out } = await importDfe(dir, ["new-layout.csv"]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^dfe-cla-2025 \(SHA-256 [0-9a-f]{64}\): 24 values for 5 areas; 24 added, 0 replaced, 0 kept from a later release, 0 unchanged$/);
    expect(row(dir, "E10000034", "2025", "started", "number")).toMatchObject({ value: "c", source_id: "dfe-cla-2025" });
    expect(row(dir, "E10000012", "2025", "looked_after_31_march", "rate_per_10000")?.value).toBe(":");
    const source = loadPackage(dir).resources.get("sources")!.rows.map((r) => r.row).find((r) => r.id === "dfe-cla-2025");
    expect(source).toMatchObject({ sha256: sha(join(FIXTURES, "new-layout.csv")), reporting_year: 2025, release: "2025 release", title: expect.stringContaining("2021 to 2025") });
  });

  it("lets a later release win and records the earlier value as the revision", async () => {
    const dir = makeProject();
    await importDfe(dir, ["old-layout.csv"]);
    expect(row(dir, "E10000034", "2021", "looked_after_31_march", "rate_per_10000")).toMatchObject({ value: "72", source_id: "dfe-cla-2021" });
    const { out } = await importDfe(dir, ["new-layout.csv"]);
    expect(out).toContain("replaced: Worcestershire (E10000034) 2021 looked_after_31_march rate_per_10000: file 73 (dfe-cla-2025, new-layout.csv:14); project 72 (dfe-cla-2021)");
    expect(row(dir, "E10000034", "2021", "looked_after_31_march", "rate_per_10000")).toMatchObject({ value: "73", source_id: "dfe-cla-2025", revised_from: "72", revised_from_source: "dfe-cla-2021" });
    // A value both releases agree on now names the later one.
    expect(row(dir, "E10000034", "2021", "started", "number")).toMatchObject({ value: "204", source_id: "dfe-cla-2025", revised_from: "" });
  });

  it("gives the same result whichever release is imported first", async () => {
    const a = makeProject();
    await importDfe(a, ["old-layout.csv"]);
    await importDfe(a, ["new-layout.csv"]);
    const b = makeProject();
    await importDfe(b, ["new-layout.csv"]);
    await importDfe(b, ["old-layout.csv"]);
    expect(readFileSync(join(b, "looked-after.csv"), "utf8")).toBe(readFileSync(join(a, "looked-after.csv"), "utf8"));
  });

  it("imports only the areas given with --area", async () => {
    const dir = makeProject();
    await importDfe(dir, ["new-layout.csv", "--area", "E10000016", "--area", "E06000023"]);
    expect(new Set(rowsOf(dir).map((r) => r.area_code))).toEqual(new Set(["E10000016", "E06000023"]));
  });

  it("writes nothing and exits 2 when the file is malformed, naming file, line and field", async () => {
    const dir = makeProject();
    const before = snapshot(dir);
    const bad = join(mkdtempSync(join(tmpdir(), "dfe-")), "bad.csv");
    writeFileSync(bad, readFileSync(join(FIXTURES, "new-layout.csv"), "utf8").replace(",12183016,32270,26", ",12183016,32270,2x6"));
    const { code, err } = await importDfe(dir, [bad]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/bad\.csv:3: rate_per_10000: "2x6" is not a number or a DfE suppression code/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses bad arguments with the usage line", async () => {
    const dir = makeProject();
    expect((await importDfe(dir, [])).err).toEqual(["usage: npm run import -- <file.csv> [--area CODE]... [--councils] [--check]"]);
    const badArea = await importDfe(dir, ["new-layout.csv", "--area", "Worcs"]);
    expect(badArea.code).toBe(2);
    // The same rule as content/site.yaml's area codes (src/schemas/formats.ts): any nation's letter.
    expect(badArea.err[0]).toMatch(/^--area takes an ONS area code \(a capital letter and eight digits\); got Worcs/);
    expect((await importDfe(dir, ["missing.csv"])).err).toEqual(["missing.csv: cannot be read"]);
    const folder = await importDfe(dir, ["."]);
    expect(folder.code).toBe(2);
    expect(folder.err[0]).toMatch(/cannot be read: .*EISDIR/);
  });
});
