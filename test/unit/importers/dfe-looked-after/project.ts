/**
 * A throwaway copy of the project's data package for importer tests: the real
 * datapackage.json (so the schema under test is the one the site uses) with small CSVs.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runImport } from "../../../../scripts/importers/dfe-looked-after/run.ts";
import { loadSiteConfig } from "../../../../src/config/config.ts";
import type { DataPackageDescriptor } from "../../../../src/format/table-schema.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..", "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures", "dfe");

const SOURCES_HEADER = "id,title,publisher,kind,release,url,published,licence,accessed,notes,reporting_year,sha256";
const LOOKED_AFTER_HEADER = "area_code,area_name,year,measure,unit,value,source_id,confidence,revised_from,revised_from_source,note";

/** Make a data folder holding `lookedAfter` rows (CSV lines) and `sources` rows. */
export function makeProject(lookedAfter: string[] = [], sources: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "import-dfe-"));
  copyFileSync(join(ROOT, "data", "datapackage.json"), join(dir, "datapackage.json"));
  // Every other dataset starts empty: its header row only.
  const descriptor = JSON.parse(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8")) as DataPackageDescriptor;
  for (const r of descriptor.resources) writeFileSync(join(dir, r.path), `${r.schema.fields.map((f) => f.name).join(",")}\n`);
  writeFileSync(join(dir, "sources.csv"), [SOURCES_HEADER, ...sources, ""].join("\n"));
  writeFileSync(join(dir, "looked-after.csv"), [LOOKED_AFTER_HEADER, ...lookedAfter, ""].join("\n"));
  return dir;
}

/** Run the importer in-process; returns exit code and the lines it printed. */
export async function importDfe(dir: string, args: string[], cwd = FIXTURES): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(args, { cwd, dataDir: dir, config: loadSiteConfig(process.env), out: (l) => out.push(...l.split("\n")), err: (l) => err.push(...l.split("\n")) });
  return { code, out, err };
}

/** The data files' text, to show that nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(["sources.csv", "looked-after.csv"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** Parsed looked-after rows of a project folder, as plain records keyed like the CSV. */
export function rowsOf(dir: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(dir, "looked-after.csv"), "utf8").trimEnd().split("\n");
  const names = head!.split(",");
  // The tests' rows have no quoted commas in these columns, so a plain split is enough.
  return lines.map((l) => Object.fromEntries(l.split(",").slice(0, 10).map((v, i) => [names[i]!, v])));
}
