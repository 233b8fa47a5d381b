/**
 * Stops the build if any page has an inline script the Content-Security-Policy would
 * block (script-src 'self', no 'unsafe-inline'): better a failed build than a chart
 * whose interaction silently never runs. JSON data blocks (JSON-LD) are not executed.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { PostBuildStep } from "./index.ts";

const DATA_TYPES = new Set(["application/ld+json", "application/json"]);

/** Opening tags of inline scripts a browser would execute, in one HTML document. */
export function inlineScripts(html: string): string[] {
  // A tag-level scan is enough here: Astro writes well-formed tags, and we only need
  // each <script ...> opening tag's attributes.
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && DATA_TYPES.has(type)) continue;
    found.push(m[0]);
  }
  return found;
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith(".html")) yield p;
  }
}

export const noInlineScripts: PostBuildStep = {
  name: "no inline scripts",
  async run({ outDir }) {
    const problems: string[] = [];
    for await (const file of htmlFiles(outDir)) {
      for (const tag of inlineScripts(await readFile(file, "utf8"))) {
        problems.push(`${relative(outDir, file)}: inline ${tag} would be blocked by the CSP in public/_headers; make it an external script`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
  },
};
