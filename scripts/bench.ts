/** Runs every benchmark section and prints their rows as one table. */
import { sections, type BenchRow } from "./bench/index.ts";
import { loadSiteConfig } from "../src/config/config.ts";

// The site's configuration, built once here and handed to each section.
const config = loadSiteConfig(process.env);

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const s of sections) {
  if (only.length > 0 && !only.includes(s.name)) continue;
  process.stderr.write(`bench: ${s.name}…\n`);
  // A section that throws is reported in the table and the run goes on: one broken
  // section must not lose an hour of the others' measurements. The run still exits 1.
  try {
    rows.push(...(await s.run(config)));
  } catch (e) {
    process.exitCode = 1;
    process.stderr.write(`bench: ${s.name} failed: ${(e as Error).stack ?? String(e)}\n`);
    rows.push({ section: s.name, metric: "FAILED", value: String((e as Error).message ?? e).split("\n")[0]!.slice(0, 120) });
  }
}
const head = ["section", "metric", "value", "target"];
const cells = rows.map((r) => [r.section, r.metric, r.value, r.target ?? ""]);
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(head));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const c of cells) console.log(line(c));
