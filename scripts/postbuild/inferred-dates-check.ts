/**
 * Post-build step: an inferred date reads "(inferred)" everywhere the built site gives
 * it: pages, feed, calendar, JSON and SVG alike. Content is checked as it is rendered
 * (the {{date:… inferred}} rule); this catches text made in code, which that rule cannot see.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { inferredDates, unqualifiedInferredDates } from "../../src/lib/content/inferred-dates.ts";
import type { PostBuildStep } from "./index.ts";

const TEXT = /\.(html|xml|ics|json|svg|txt|csv)$/;

export const inferredDatesCheck: PostBuildStep = {
  name: "inferred dates check",
  async run({ outDir, root, config }) {
    const dates = inferredDates(resolve(root, contentDir(config)));
    if (dates.length === 0) return;
    const problems: string[] = [];
    for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !TEXT.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      for (const at of unqualifiedInferredDates(await readFile(path, "utf8"), dates)) problems.push(`${relative(outDir, path)}: "${at}": an inferred date must read "(inferred)"`);
    }
    if (problems.length) throw new Error(`Inferred dates given as certain:\n${problems.join("\n")}`);
  },
};
