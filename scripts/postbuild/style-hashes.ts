/**
 * Lets the site's own inlined stylesheets through a strict Content-Security-Policy.
 *
 * Astro inlines each page's CSS as <style> elements (astro.config.mjs), which saves the
 * reader a render-blocking request per stylesheet before the first paint. A policy
 * without 'unsafe-inline' blocks such elements unless it names each one by the hash of
 * its text, so this step hashes every <style> in the built pages and adds the hashes to
 * style-src in every policy of the built _headers. Style attributes cannot be allowed
 * this way (that would need 'unsafe-hashes'), and no page may have one: the build stops,
 * naming the file, if one does.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { PostBuildStep } from "./index.ts";

/** The text of every <style> element, exactly as written (a browser hashes these bytes). */
export function styleElements(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

/** Opening tags that carry a style attribute. Text such as "&lt;iframe style=" is escaped, so never matches. */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][\w:-]*\b[^>]*?\sstyle\s*=[^>]*>/g)].map((m) => m[0]);
}

/** The CSP source expression for a style element's text. */
export function styleHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * `headers` with `hashes` added after `style-src 'self'` in every Content-Security-Policy.
 * A policy without that exact directive is an error: the hashes would have nowhere to go.
 */
export function addStyleHashes(headers: string, hashes: string[], file = "_headers"): string {
  const lines = headers.split("\n");
  return lines
    .map((line, i) => {
      if (!/^\s*Content-Security-Policy:/i.test(line)) return line;
      if (!/style-src 'self';/.test(line)) throw new Error(`${file}:${i + 1}: Content-Security-Policy has no "style-src 'self';" to add the stylesheets' hashes to`);
      return hashes.length === 0 ? line : line.replace("style-src 'self';", `style-src 'self' ${hashes.join(" ")};`);
    })
    .join("\n");
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith(".html")) yield p;
  }
}

export const styleHashes: PostBuildStep = {
  name: "style hashes",
  async run({ outDir }) {
    const hashes = new Set<string>();
    const problems: string[] = [];
    for await (const file of htmlFiles(outDir)) {
      const html = await readFile(file, "utf8");
      for (const text of styleElements(html)) hashes.add(styleHash(text));
      for (const tag of styleAttributes(html)) {
        problems.push(`${relative(outDir, file)}: ${tag.slice(0, 120)} has a style attribute, which the Content-Security-Policy blocks; style it by class instead`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
    const path = join(outDir, "_headers");
    await writeFile(path, addStyleHashes(await readFile(path, "utf8"), [...hashes].sort(), path));
  },
};
