/** The published data is datapackage.json and the CSVs it lists: nothing else in data/, and never a link. */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publishedDataFiles } from "../../../scripts/postbuild/copy-data.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "copy-data-"));
  made.push(dir);
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  return dir;
};

describe("publishedDataFiles(dataDir)", () => {
  it("is datapackage.json and each resource it lists, and leaves out a stray CSV, a hidden file and a sub-folder's", async () => {
    const dir = copy();
    writeFileSync(join(dir, "secret.csv"), "name,salary\nx,1\n");
    writeFileSync(join(dir, ".env.csv"), "KEY=1\n");
    const listed = (JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { resources: { path: string }[] }).resources.map((r) => r.path);
    const files = await publishedDataFiles(dir);
    expect(files).toEqual(["datapackage.json", ...listed]);
    expect(files).not.toContain("secret.csv");
    expect(files).not.toContain(".env.csv");
  });

  it("refuses a listed file that is a symbolic link, naming it", async () => {
    const dir = copy();
    rmSync(join(dir, "money.csv"));
    symlinkSync("/etc/hostname", join(dir, "money.csv"));
    await expect(publishedDataFiles(dir)).rejects.toThrow(/money\.csv: not a plain file \(a symbolic link\?\)/);
  });
});
