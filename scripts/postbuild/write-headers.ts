/**
 * Writes dist/_headers from the one policy description (scripts/lib/headers-policy.ts)
 * and the files actually built, with the hashes of the inlined stylesheets in every
 * policy. Runs last, so every file the other steps add is covered.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { builtFiles } from "../lib/built-pages.ts";
import { headerRules, headersFile } from "../lib/headers-policy.ts";
import { inlinedStyleHashes } from "./style-hashes.ts";
import type { PostBuildStep } from "./index.ts";

export const writeHeaders: PostBuildStep = {
  name: "headers",
  async run({ outDir }) {
    const files = builtFiles(outDir);
    const pages = new Map<string, string>();
    for (const file of files.filter((f) => f.endsWith(".html"))) pages.set(file, await readFile(join(outDir, file), "utf8"));
    const rules = headerRules(files.filter((f) => f !== "_headers"), inlinedStyleHashes(pages));
    await writeFile(join(outDir, "_headers"), headersFile(rules));
  },
};
