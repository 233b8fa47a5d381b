/**
 * Lets the site's own inlined stylesheets through a strict Content-Security-Policy.
 *
 * Astro inlines each page's CSS as <style> elements (astro.config.mjs), which saves the
 * reader a render-blocking request per stylesheet before the first paint. A policy
 * without 'unsafe-inline' blocks such elements unless it names each one by the hash of
 * its text, so the headers step (write-headers.ts) hashes every <style> in the built
 * pages and adds the hashes to style-src. Style attributes cannot be allowed this way
 * (that would need 'unsafe-hashes'), and no page may have one: the build stops, naming
 * the file, if one does.
 */
import { createHash } from "node:crypto";

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

/** The hashes of every inlined stylesheet in `pages` (file name → HTML), sorted; throws, naming each file, on a style attribute. */
export function inlinedStyleHashes(pages: ReadonlyMap<string, string>): string[] {
  const hashes = new Set<string>();
  const problems: string[] = [];
  for (const [file, html] of pages) {
    for (const text of styleElements(html)) hashes.add(styleHash(text));
    for (const tag of styleAttributes(html)) {
      problems.push(`${file}: ${tag.slice(0, 120)} has a style attribute, which the Content-Security-Policy blocks; style it by class instead`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return [...hashes].sort();
}
