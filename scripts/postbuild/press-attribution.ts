/**
 * Post-build step: a fact only the press reports (a timeline event's `statedAs` words) is
 * attributed in every sentence of the built site that states it: pages and their titles,
 * meta and og descriptions, labels, the feed, the calendar, JSON (oEmbed, areas), SVG text
 * (the share images are drawn from the same chart words) and CSV rows. The timeline schema
 * checks an event's own title; this catches every other place the fact is repeated, made in
 * content or in code (a section's blurb, a later event's summary, a calendar description).
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { sources } from "../../src/lib/data/index.ts";
import { pressOnlyFacts, unattributedPressFacts } from "../../src/lib/content/press-attribution.ts";
import type { PostBuildStep } from "./index.ts";
import type { SiteConfig } from "../../src/config/config.ts";

const TEXT = /\.(html|xml|ics|json|svg|txt|csv)$/;

/** Every problem in the built folder `outDir`, given the content folder. */
export async function pressAttributionProblems(outDir: string, content: string, config: SiteConfig): Promise<string[]> {
  const facts = pressOnlyFacts(content, new Map(sources(config).map((s) => [s.id, s])));
  if (facts.length === 0) return [];
  const problems: string[] = [];
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    // The search index is Pagefind's copy of the pages, which are checked themselves.
    if (relative(outDir, path).startsWith("pagefind")) continue;
    for (const p of unattributedPressFacts(await readFile(path, "utf8"), extname(entry.name).slice(1), facts)) {
      problems.push(`${relative(outDir, path)}: "${p.sentence}": only the press reports this (content/timeline/${p.event}); name the paper in the same sentence`);
    }
  }
  return [...new Set(problems)];
}

export const pressAttribution: PostBuildStep = {
  name: "press attribution check",
  async run({ outDir, root, config }) {
    const problems = await pressAttributionProblems(outDir, resolve(root, contentDir(config)), config);
    if (problems.length) throw new Error(`Press-only facts stated without attribution:\n${problems.join("\n")}`);
  },
};
