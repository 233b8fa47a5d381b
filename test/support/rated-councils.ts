/**
 * How many councils had a published rate each year: distinct DfE local-authority numbers,
 * counted from data/looked-after-councils.csv (for test/static/ranks.test.ts and
 * test/story/static/ranks.test.ts).
 */
import { site } from "./site.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

const rows = Papa.parse<Record<string, string>>(readFileSync(join(site.paths.data, "looked-after-councils.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
export const ratedCouncils = new Map<number, number>();
for (const y of new Set(rows.map((r) => Number(r.year)))) {
  const rated = rows.filter((r) => Number(r.year) === y && r.unit === "rate_per_10000" && /^\d+(\.\d+)?$/.test(r.value ?? ""));
  ratedCouncils.set(y, new Set(rated.map((r) => r.dfe_la_number)).size);
}
