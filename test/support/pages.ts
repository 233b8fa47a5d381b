/** The built site the browser tests read, and its pages (found by the build's own helper). */
import { join } from "node:path";
import { builtPages as pagesIn } from "../../scripts/lib/built-pages.ts";

export const DIST = join(import.meta.dirname, "..", "..", "dist");

/** URL paths of every HTML page in `dir` (default dist/), redirect pages aside. */
export function builtPages(dir = DIST): string[] {
  return pagesIn(dir);
}
