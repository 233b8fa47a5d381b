import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const styles = join(import.meta.dirname, "../../../src/styles");
const site = readFileSync(join(styles, "site.css"), "utf8");
const embed = readFileSync(join(styles, "embed.css"), "utf8");

/** The custom properties declared in the first block after `start`. */
function props(css: string, start: string): Record<string, string> {
  const from = css.indexOf(start);
  if (from < 0) throw new Error(`no "${start}" block`);
  const body = css.slice(css.indexOf("{", from + start.length - 1) + 1, css.indexOf("}", from));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].filter(([, n]) => !["--measure", "--focus"].includes(n!)).map(([, n, v]) => [n, v!.trim()]));
}

describe("embed.css ?theme= overrides", () => {
  it("finds the colours in both files", () => {
    expect(Object.keys(props(site, ":root {")).length).toBeGreaterThanOrEqual(10);
  });

  it("pins the light colours to site.css's light scheme", () => {
    expect(props(embed, ':root[data-theme="light"]')).toEqual(props(site, ":root {"));
  });

  it("pins the dark colours to site.css's dark scheme", () => {
    expect(props(embed, ':root[data-theme="dark"]')).toEqual(props(site, "@media (prefers-color-scheme: dark) {\n  :root {"));
  });
});
