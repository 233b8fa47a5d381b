/** Runs every benchmark section and prints their rows as one table. */
import { sections, type BenchRow } from "./bench/index.ts";

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const s of sections) {
  if (only.length > 0 && !only.includes(s.name)) continue;
  process.stderr.write(`bench: ${s.name}…\n`);
  rows.push(...(await s.run()));
}
const head = ["section", "metric", "value", "target"];
const cells = rows.map((r) => [r.section, r.metric, r.value, r.target ?? ""]);
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(head));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const c of cells) console.log(line(c));
