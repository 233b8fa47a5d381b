/** Post-build step: runs the numerals check over every built page (see unbound-numerals.ts). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sources } from "../../src/lib/data/index.ts";
import { builtPages } from "../lib/built-pages.ts";
import { findUnboundNumerals } from "./unbound-numerals.ts";
import { loadLabels } from "../../src/lib/markdown/labels.ts";
import type { PostBuildStep } from "./index.ts";

export const numeralsCheck: PostBuildStep = {
  name: "numerals check",
  async run({ outDir, config }) {
    const releases = sources(config).map((s) => s.release);
    const labels = loadLabels(config);
    const problems: string[] = [];
    for (const path of builtPages(outDir)) {
      const file = join(outDir, path, path.endsWith("/") ? "index.html" : "");
      for (const n of findUnboundNumerals(await readFile(file, "utf8"), labels, releases))
        problems.push(`${n.contentFile ?? `page ${path}`}: "${n.text}": a number in <main> must be bound to data (<data>, <time>, a table or a listed data-label)${n.contentFile ? ` (on page ${path})` : ""}`);
    }
    if (problems.length) throw new Error(`Unbound numerals:\n${problems.join("\n")}`);
  },
};
