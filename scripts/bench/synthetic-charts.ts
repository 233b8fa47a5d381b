/**
 * Adds generated charts to a temporary copy of the repository for the Scale bench, so
 * they go through the real pipeline: synthetic rows appended to data/looked-after.csv
 * (validated by the build like any data), a chart kind drawing one area's series with the
 * project's own line chart, description and table code (synthetic-kind.ts), and a content entry per chart in
 * content/charts/, so each gets its page (and whatever else the site makes per chart).
 */
import { readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";

const FROM = 2010;
const TO = 2025;

/** A synthetic ONS-style area code: E99 and six digits, a range no real area uses. */
export function syntheticAreaCode(i: number): string {
  return `E99${String(i).padStart(6, "0")}`;
}

/** Rows of looked-after.csv for `count` synthetic areas, with seeded pseudo-random rates. */
export function syntheticRows(count: number, sourceId: string): string {
  let seed = 42;
  // A small linear congruential generator: the same rows every run.
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    let rate = 40 + random() * 60;
    for (let year = FROM; year <= TO; year++) {
      rate = Math.max(1, rate + (random() - 0.45) * 8);
      lines.push([syntheticAreaCode(i), `Synthetic area ${i}`, year, "looked_after_31_march", "rate_per_10000", String(Math.round(rate * 10) / 10), sourceId, "unverified", "", "", ""].join(","));
    }
  }
  return lines.join("\n") + "\n";
}

/** The synthetic kind's source (synthetic-kind.ts) as it is written into a copy's src/charts/: its imports pointed there. */
export function syntheticChartModule(): string {
  const src = readFileSync(join(import.meta.dirname, "synthetic-kind.ts"), "utf8");
  const out = src.replaceAll('from "../../src/charts/', 'from "./').replaceAll('from "../../src/', 'from "../');
  if (out.includes("../../")) throw new Error("scripts/bench/synthetic-kind.ts: an import points outside src/, which the copy in src/charts/ cannot reach");
  return out;
}

/** The content entry of synthetic chart `i`. */
export function syntheticEntry(i: number): string {
  return [
    "kind: synthetic",
    `order: ${1000 + i}`,
    `topic: synthetic chart ${i}`,
    `area: ${syntheticAreaCode(i)}`,
    `name: Synthetic area ${i}`,
    `years: { from: ${FROM}, to: ${TO} }`,
    `title: Synthetic chart ${i}`,
    `subtitle: "A generated series for Synthetic area ${i}, {{from}}–{{to}}"`,
    `alt: "Line chart of a synthetic rate per 10,000 for Synthetic area ${i}, {{from}} to {{to}}"`,
    `caption: "Synthetic rate per 10,000, Synthetic area ${i}, {{from}}–{{to}}"`,
    `axis: { label: "Synthetic rate per 10,000", unit: "per 10,000" }`,
    `measure: { counted: "synthetic rate per 10,000", when: at 31 March, short: rate }`,
    "",
  ].join("\n");
}

/** Adds `count` synthetic charts to the copy of the repository at `root`. */
export function addSyntheticCharts(root: string, count: number): void {
  const sourcesCsv = readFileSync(join(root, "data", "sources.csv"), "utf8");
  const sourceId = sourcesCsv.split("\n")[1]?.split(",")[0];
  if (!sourceId) throw new Error("data/sources.csv has no source to attribute synthetic rows to");
  const csv = join(root, "data", "looked-after.csv");
  const existing = readFileSync(csv, "utf8");
  appendFileSync(csv, (existing.endsWith("\n") ? "" : "\n") + syntheticRows(count, sourceId));
  writeFileSync(join(root, "src", "charts", "synthetic-charts.ts"), syntheticChartModule());
  const registry = join(root, "src", "charts", "kinds", "index.ts");
  const src = readFileSync(registry, "utf8");
  const pattern = /(export const kinds\s*:[^=]*=\s*\{)/;
  if (!pattern.test(src)) throw new Error(`${registry}: cannot find the "export const kinds = {...}" record to add the synthetic kind to`);
  writeFileSync(registry, `import { syntheticKind } from "../synthetic-charts.ts";\n${src.replace(pattern, "$1\n  synthetic: syntheticKind,")}`);
  for (let i = 1; i <= count; i++) writeFileSync(join(root, "content", "charts", `synthetic-${i}.yaml`), syntheticEntry(i));
  // Every built chart must be published (the stable-URLs step checks), so the copy publishes them.
  const ledger = join(root, "content", "published-charts.yaml");
  const ids = Array.from({ length: count }, (_, i) => `synthetic-${i + 1}`);
  writeFileSync(ledger, readFileSync(ledger, "utf8").replace(/^published: \[(.*)\]$/m, (_m, list: string) => `published: [${list}, ${ids.join(", ")}]`));
}
