/**
 * Bench: the story's build-time checks and what a reader downloads. Renders every
 * content markdown file through the one setup, runs the numerals check over dist/, and
 * reports the size of the story pages and of the search index fetched on first search.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createFigureRegistry } from "../../src/lib/figures/registry.ts";
import { sources } from "../../src/lib/data/index.ts";
import { inferredDates } from "../../src/lib/content/inferred-dates.ts";
import { createMarkdownIt } from "../../src/lib/markdown/index.ts";
import { ui } from "../../src/lib/content/ui.ts";
import { splitDirectives } from "../../src/lib/content/directives.ts";
import { findUnboundNumerals } from "../postbuild/unbound-numerals.ts";
import { builtPages } from "../lib/built-pages.ts";
import type { BenchRow, BenchSection } from "./index.ts";
import { loadLabels } from "../../src/lib/markdown/labels.ts";

const root = resolve(import.meta.dirname, "..", "..");
const dist = join(root, "dist");

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const dirSize = (d: string): number =>
  readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(d, e.name)) : statSync(join(d, e.name)).size), 0);

export const storyPages: BenchSection = {
  name: "story",
  async run(config) {
    const rows: BenchRow[] = [];
    // Reported figures live in a content collection that only Astro loads; here any key
    // the data package lacks gets a stand-in, since the point is the plugins' cost.
    const real = createFigureRegistry(config);
    const standIn = { key: "", parts: [{ value: 0, text: "0" }], sourceIds: ["x"], confidence: "read" as const, note: null };
    // Publishers and inferred dates as the site's renderer has them (site-markdown.ts), so
    // prose that attributes a press figure or marks a date inferred passes here as in the build.
    const all = sources(config);
    const publisherOf = (id: string) => all.find((s) => s.id === id)?.publisher;
    const labels = loadLabels(config);
    const md = createMarkdownIt({ labels, figures: { get: (k) => real.get(k) ?? { ...standIn, key: k }, keys: real.keys }, publisherOf, inferredDates: new Set(inferredDates(join(root, "content"))), revisionWords: ui(config).charts });
    const files = ["pages", "proposal"].flatMap((d) => readdirSync(join(root, "content", d)).map((f) => join(root, "content", d, f)));
    let rendered = 0;
    const t0 = performance.now();
    for (const f of files) {
      const body = readFileSync(f, "utf8").replace(/^---[\s\S]*?---/, "");
      for (const seg of splitDirectives(body)) if (seg.kind === "markdown") md.render(seg.text, { file: f, source: body });
      rendered++;
    }
    rows.push({ section: "story", metric: `markdown render, ${rendered} files`, value: `${(performance.now() - t0).toFixed(1)} ms` });

    const pages = builtPages(dist);
    const t1 = performance.now();
    for (const p of pages) findUnboundNumerals(readFileSync(join(dist, p, p.endsWith("/") ? "index.html" : ""), "utf8"), labels);
    rows.push({ section: "story", metric: `numerals check, ${pages.length} pages`, value: `${(performance.now() - t1).toFixed(1)} ms` });

    for (const p of ["/", "/proposal/", "/meetings/scrutiny-2018-10-25/", "/claims/", "/sources/"])
      rows.push({ section: "story", metric: `HTML ${p}`, value: kb(statSync(join(dist, p, "index.html")).size), target: "≤ 100 KB" });
    rows.push({ section: "story", metric: "search index on disk (fetched in part, on first search)", value: kb(dirSize(join(dist, "pagefind"))) });
    return rows;
  },
};
