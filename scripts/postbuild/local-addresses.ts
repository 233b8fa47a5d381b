/**
 * Stops a build for publishing (one with a public address: src/config/public-url.ts)
 * if any text file it wrote still names this computer: localhost, a loopback IP or
 * 0.0.0.0. Such a link in an embed code, a citation, a feed or a chart's printed source
 * line works for nobody who copies it. A local preview build is not checked: there the
 * local address is the point, and the embed and cite blocks say so.
 *
 * PNGs hold no text to scan: each is rasterised from the same document as its chart's
 * SVG (src/charts/outputs/standalone-file.ts), which is scanned.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { type PublicUrl } from "../../src/config/public-url.ts";
import type { PostBuildStep } from "./index.ts";

/** Extensions of the text files a build writes (pages, data, feed, calendar, images as SVG, scripts, styles, host config). */
export const TEXT_EXTENSIONS = new Set([".html", ".json", ".xml", ".ics", ".svg", ".txt", ".csv", ".js", ".mjs", ".css", ".webmanifest", ".map", ""]);

const LOCAL = /\blocalhost\b|\b127(?:\.\d{1,3}){3}\b|\b0\.0\.0\.0\b|\[::1\]/gi;

/** Each local address in `text`, with its line (1-based). */
export function findLocalAddresses(text: string): { line: number; match: string }[] {
  const found: { line: number; match: string }[] = [];
  text.split("\n").forEach((l, i) => {
    for (const m of l.matchAll(LOCAL)) found.push({ line: i + 1, match: m[0] });
  });
  return found;
}

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* textFiles(p);
    else if (TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

/** "file:line: …" for every local address in the text files under `dir`. */
export async function localAddressProblems(dir: string, site: PublicUrl): Promise<string[]> {
  const problems: string[] = [];
  for await (const file of textFiles(dir)) {
    for (const { line, match } of findLocalAddresses(await readFile(file, "utf8"))) {
      problems.push(`${relative(dir, file)}:${line}: "${match}" names a local address, but this build is for ${site.href} (from ${site.from}); build every absolute URL with absoluteUrl() from src/config/config.ts`);
    }
  }
  return problems;
}

export const localAddresses: PostBuildStep = {
  name: "no local addresses",
  async run({ outDir, config }) {
    const { publicUrl } = config;
    if (publicUrl.local) return;
    const problems = await localAddressProblems(outDir, publicUrl);
    if (problems.length > 0) throw new Error(problems.join("\n"));
  },
};
