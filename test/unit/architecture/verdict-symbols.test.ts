/**
 * /claims/ shows each verdict with its colour, a symbol and its name (src/styles/story.css):
 * the symbol is a second sign beside the colour, so no two verdicts may share one, and
 * every verdict the engine names has one of its own.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const css = readFileSync(resolve(root, "src/styles/story.css"), "utf8");
const verdicts = Object.keys((parse(readFileSync(resolve(root, "src/lib/content/ui.defaults.yaml"), "utf8")) as { names: { verdicts: Record<string, string> } }).names.verdicts);

/** Each verdict's symbol: the content of its own `::before` rule, as CSS spells it. */
function symbols(): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const content = /content:\s*("[^"]*")/.exec(rule[2]!)?.[1];
    if (!content) continue;
    for (const m of rule[1]!.matchAll(/\.verdict\[data-v="([a-z-]+)"\]::before/g)) out.set(m[1]!, content);
  }
  return out;
}

describe("verdict symbols on /claims/", () => {
  it("every verdict has a symbol of its own", () => {
    expect(verdicts.length).toBeGreaterThan(5);
    const found = symbols();
    expect(verdicts.filter((v) => !found.has(v)), "verdicts with no symbol").toEqual([]);
    const bySymbol = new Map<string, string[]>();
    for (const v of verdicts) bySymbol.set(found.get(v)!, [...(bySymbol.get(found.get(v)!) ?? []), v]);
    expect([...bySymbol.values()].filter((vs) => vs.length > 1), "verdicts sharing a symbol").toEqual([]);
  });
});
