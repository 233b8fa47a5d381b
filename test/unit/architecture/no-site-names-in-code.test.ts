/**
 * The engine is the same for any council: its code (src/, scripts/, public/ and
 * astro.config.mjs, comments included) names none of this site's places, codes or
 * identifiers. They belong in content/site.yaml, content/ and data/, which is where the
 * list of them is read from (test/support/site-identity.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findTerms, siteIdentityTerms, termPattern } from "../../support/site-identity.ts";

const root = resolve(import.meta.dirname, "..", "..", "..");
const SCANNED = ["src", "scripts", "public", "astro.config.mjs"];

/** Every file under `path`, or the file itself. */
const walk = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path]);

/** Lines of the files under `paths` that name a term, as "file:line: [term] text". */
function namingLines(paths: readonly string[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const file of paths.flatMap((p) => walk(join(root, p)))) {
    const bytes = readFileSync(file);
    if (bytes.includes(0)) continue; // binary: no text to read
    // One entry per line, naming every term on it.
    const byLine = new Map<number, string[]>();
    for (const hit of findTerms(bytes.toString("utf8"), pattern)) byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit.term]);
    const lines = bytes.toString("utf8").split("\n");
    for (const [line, terms] of byLine) found.push(`${relative(root, file)}:${line}: [${[...new Set(terms)].join(", ")}] ${lines[line - 1]!.trim().slice(0, 160)}`);
  }
  return found;
}

describe("the engine's code names nothing of this site", () => {
  const terms = siteIdentityTerms(root);
  const pattern = termPattern(terms);

  it("reads the site's names, codes and identifiers from its configuration and data", () => {
    const names = new Set(terms.map((t) => t.term));
    const config = terms.filter((t) => t.from.startsWith("content/site.yaml"));
    // The council, its area code and every identifier: the list is read, not empty.
    expect(config.some((t) => t.from.endsWith("council.name"))).toBe(true);
    expect(config.some((t) => t.from.endsWith("council.area"))).toBe(true);
    expect(config.filter((t) => t.from.includes("identifiers."))).toHaveLength(3);
    expect(terms.some((t) => t.from.startsWith("data/sources.csv"))).toBe(true);
    expect(names.size).toBe(terms.length);
  });

  it("finds a term planted in code, in any case, and not inside a longer word", () => {
    const council = terms.find((t) => t.from.endsWith("council.name"))!.term;
    const code = terms.find((t) => t.from.endsWith("council.area"))!.term;
    expect(findTerms(`const a = 1;\n// ${council.toUpperCase()} said so\n`, pattern)).toEqual([{ line: 2, term: council.toUpperCase(), text: `// ${council.toUpperCase()} said so` }]);
    expect(findTerms(`"${code}"`, pattern)).toHaveLength(1);
    expect(findTerms(`X${code}9 and Example County Council`, pattern)).toEqual([]);
  });

  it("no line of src/, scripts/, public/ or astro.config.mjs names one", () => {
    const lines = namingLines(SCANNED, pattern);
    expect(lines, `${lines.length} lines name this site:\n${lines.join("\n")}`).toEqual([]);
  });
});
