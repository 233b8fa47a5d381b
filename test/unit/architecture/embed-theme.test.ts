import { describe, expect, it } from "vitest";
import { DARK_SCHEME, LIGHT_SCHEME, PRINT_SCHEME, paletteCss, type Scheme } from "../../../src/styles/palette.ts";

/** The custom properties declared in the block whose selector is `start`. */
function props(css: string, start: string): Record<string, string> {
  const from = css.indexOf(start);
  if (from < 0) throw new Error(`no "${start}" block`);
  const body = css.slice(from + start.length, css.indexOf("}", from));
  return Object.fromEntries([...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, n, v]) => [n!, v!.trim()]));
}
const same = (s: Scheme) => ({ ...s });

describe("paletteCss(options)", () => {
  const site = paletteCss();
  const embed = paletteCss({ themes: true });

  it("writes the light scheme as the default, the dark one for a dark preference and the print one for paper", () => {
    expect(props(site, ":root {")).toEqual(same(LIGHT_SCHEME));
    expect(props(site, "@media (prefers-color-scheme: dark) { :root {")).toEqual(same(DARK_SCHEME));
    expect(props(site, "@media print { :root {")).toEqual(same(PRINT_SCHEME));
  });

  it("pins an embed's ?theme=light and ?theme=dark to the same two schemes", () => {
    expect(props(embed, ':root[data-theme="light"] {')).toEqual(same(LIGHT_SCHEME));
    expect(props(embed, ':root[data-theme="dark"] {')).toEqual(same(DARK_SCHEME));
    expect(embed).toContain(':root[data-theme="dark"] { color-scheme: dark;');
  });

  it("writes the theme override only for embeds", () => {
    expect(site).not.toContain("data-theme");
  });
});
