/**
 * Stops the build if any page has an inline script the Content-Security-Policy would
 * block (script-src 'self', no 'unsafe-inline'): better a failed build than a chart
 * whose interaction silently never runs. JSON data blocks (JSON-LD) are not executed.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { builtFiles } from "../lib/built-pages.ts";
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

export const noInlineScripts: PostBuildStep = {
  name: "no inline scripts",
  async run({ outDir }) {
    const problems: string[] = [];
    for (const file of builtFiles(outDir).filter((f) => f.endsWith(".html"))) {
      for (const tag of inlineScripts(await readFile(join(outDir, file), "utf8"))) {
        problems.push(`${file}: inline ${tag} would be blocked by the Content-Security-Policy (scripts/lib/headers-policy.ts); make it an external script`);
      }
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
  },
};
