import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPages, DIST } from "../support/pages.ts";

// A Content Security Policy without 'unsafe-inline' blocks inline scripts; every script
// the site runs must be an external file.
describe("every built page runs only external scripts", () => {
  it.each(builtPages())("%s", (path) => {
    const file = join(DIST, path.endsWith("/") ? `${path}index.html` : path);
    const html = readFileSync(file, "utf8");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!) && body!.trim() !== "");
    expect(inline.map(([tag]) => tag.slice(0, 120))).toEqual([]);
    expect(html, "no inline event handlers").not.toMatch(/<[^>]+\son[a-z]+="/);
  });
});
