/**
 * Bench section "data": how fast the validator reads a large table, and how much memory
 * the DfE importer needs on a file of over 100 MB (it streams, so this should match the
 * figure for a small file). Generated files go to a temporary folder and are deleted.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateTable } from "../../src/lib/data/validate-table.ts";
import type { DataPackageDescriptor } from "../../src/format/table-schema.ts";
import { defaultAreas } from "../importers/dfe-looked-after/areas.ts";
import { theArea, type SiteConfig } from "../../src/config/config.ts";
import type { BenchRow, BenchSection } from "./index.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const VALIDATE_ROWS = 100_000;
const BIG_FILE_BYTES = 105 * 1024 * 1024;
const HEAP_CAP_MB = 48;

/** A looked-after table of `n` valid rows, every key distinct. */
function lookedAfterCsv(n: number): string {
  const measures = ["looked_after_31_march", "started", "ceased"];
  const lines = ["area_code,area_name,year,measure,unit,value,source_id,confidence,revised_from,revised_from_source,note"];
  for (let i = 0; i < n; i++) {
    const area = `E${String(Math.floor(i / 60)).padStart(8, "0")}`;
    const year = 2000 + (i % 10);
    const measure = measures[Math.floor(i / 10) % 3];
    const unit = Math.floor(i / 30) % 2 === 0 ? "number" : "rate_per_10000";
    const value = i % 97 === 0 ? "c" : String((i * 7) % 1000);
    lines.push(`${area},"Area ${i}, a place",${year},${measure},${unit},${value},bench-release,read,,,`);
  }
  return `${lines.join("\n")}\n`;
}

/** Write a DfE-layout file of at least `bytes`, with the default areas in its first rows. */
async function dfeFile(path: string, bytes: number, config: SiteConfig): Promise<number> {
  const out = createWriteStream(path);
  const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000\n";
  const measures = ["Children looked after on 31 March each year", "Children starting to be looked after each year", "Children ceasing to be looked after each year"];
  let written = 0;
  let rows = 0;
  const write = async (s: string) => {
    written += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, "drain");
  };
  await write(`\uFEFF${header}`);
  // The nation and region columns come from the site configuration, as in DfE's own files.
  const nation = theArea("nation", config);
  const region = theArea("region", config);
  for (const [a, area] of defaultAreas(config.areas).entries()) {
    for (let year = 2000; year < 2026; year++) {
      for (const m of measures) await write(`${year},Reporting year,Local authority,${nation.code},${nation.name},${region.code},${region.name},${800 + a},Area ${a},${area},${m},100000,${year + a},${a + 10}\n`);
    }
  }
  for (let i = 0; written < bytes; i++, rows++) {
    let chunk = "";
    for (let j = 0; j < 1000; j++) {
      const k = i * 1000 + j;
      chunk += `${2000 + (k % 26)},Reporting year,Local authority,${nation.code},${nation.name},E12000099,Another region,${k % 1000},Somewhere ${k},E09${String(k % 1e6).padStart(6, "0")},${measures[k % 3]},${k % 500000},${k % 2000},${k % 120}\n`;
    }
    await write(chunk);
  }
  out.end();
  await once(out, "close");
  return rows * 1000;
}

/** Run the importer's --check in a child process; its peak resident memory in MB. */
function importerPeak(file: string, nodeFlags: string[] = []): { mb: number; ms: number } {
  const probe = join(ROOT, "scripts", "bench", "import-peak.ts");
  const run = spawnSync(process.execPath, [...nodeFlags, probe, file], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (run.status !== 0) throw new Error(`importer bench failed: ${run.stderr}`);
  const { maxRssKb, ms } = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { maxRssKb: number; ms: number };
  return { mb: maxRssKb / 1024, ms };
}

export const data: BenchSection = {
  name: "data",
  async run(config): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const descriptor = JSON.parse(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8")) as DataPackageDescriptor;
    const resource = descriptor.resources.find((r) => r.name === "looked-after")!;
    const text = lookedAfterCsv(VALIDATE_ROWS);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const result = validateTable(text, resource, "bench.csv");
      times.push(performance.now() - t);
      if (result.errors.length > 0 || result.rows.length !== VALIDATE_ROWS) throw new Error(`bench table did not validate: ${result.errors.slice(0, 3).join("; ")}`);
    }
    const median = times.sort((a, b) => a - b)[1]!;
    rows.push({ section: "data", metric: `validation throughput, ${VALIDATE_ROWS.toLocaleString("en-GB")}-row table (rows/s)`, value: Math.round((VALIDATE_ROWS / median) * 1000).toLocaleString("en-GB") });

    const dir = mkdtempSync(join(tmpdir(), "bench-dfe-"));
    try {
      const small = join(dir, "small.csv");
      const big = join(dir, "big.csv");
      await dfeFile(small, 1024 * 1024, config);
      await dfeFile(big, BIG_FILE_BYTES, config);
      const bigMb = statSync(big).size / 1024 / 1024;
      const s = importerPeak(small);
      const b = importerPeak(big);
      rows.push({ section: "data", metric: "importer peak memory, 1 MB file (MB RSS)", value: s.mb.toFixed(0) });
      rows.push({ section: "data", metric: `importer peak memory, ${bigMb.toFixed(0)} MB file (MB RSS)`, value: b.mb.toFixed(0) });
      // V8 lets garbage pile up while memory is plentiful, so RSS alone overstates what the
      // importer keeps; finishing the same file with the heap capped shows it is bounded.
      const capped = importerPeak(big, [`--max-old-space-size=${HEAP_CAP_MB}`]);
      rows.push({ section: "data", metric: `importer peak memory, ${bigMb.toFixed(0)} MB file, heap capped at ${HEAP_CAP_MB} MB (MB RSS)`, value: capped.mb.toFixed(0), target: "completes" });
      rows.push({ section: "data", metric: `importer read speed, ${bigMb.toFixed(0)} MB file (MB/s)`, value: (bigMb / (b.ms / 1000)).toFixed(1) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
