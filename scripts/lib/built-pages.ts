/** Finds every built page of a site folder, so checks cover new pages without a list. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file in `dir`, as paths relative to it with "/" separators ("charts/money/index.html"), sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** URL paths of every HTML page in `dir` (redirect pages aside), e.g. "/", "/charts/rate-per-10000/". */
export function builtPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      // Redirect pages for removed chart ids navigate away at once; test/static/stable-urls.test.ts covers them.
      else if (e.name.endsWith(".html") && !readFileSync(p, "utf8").includes('http-equiv="refresh"')) {
        const rel = relative(dir, p).split(sep).join("/");
        out.push("/" + (rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel));
      }
    }
  };
  walk(dir);
  return out.sort();
}
