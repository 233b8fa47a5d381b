import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LIGHT } from "../../../src/charts/palette.ts";

const css = ["site.css", "charts.css"].map((f) => readFileSync(resolve(import.meta.dirname, "../../../src/styles", f), "utf8")).join("\n");

/** Custom properties declared in the CSS, outside (light) or inside the dark-scheme media query. */
function scheme(dark: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?)\}\s*\}/g)].map((m) => m[1]!);
  const light = css.replace(/@media[^{]*\{[\s\S]*?\}\s*\}/g, "");
  for (const text of dark ? [light, ...blocks] : [light]) for (const m of text.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]!] = m[2]!;
  return out;
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe.each([["light", false], ["dark", true]] as const)("the %s palette", (_name, dark) => {
  const vars = scheme(dark);
  const series = [1, 2, 3, 4, 5].map((i) => vars[`--series-${i}`]!);

  it("declares five series colours", () => {
    expect(series.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
  });

  it("gives every series at least 4.5:1 against the background, so its direct labels read as text", () => {
    for (const c of series) expect(contrast(c, vars["--bg"]!), c).toBeGreaterThanOrEqual(4.5);
  });

  it("gives text drawn inside bars (in the background colour) at least 4.5:1 on every series colour", () => {
    for (const c of series) expect(contrast(vars["--bg"]!, c), c).toBeGreaterThanOrEqual(4.5);
  });
});

describe("LIGHT (colours of standalone files)", () => {
  it("matches the light scheme of the stylesheet", () => {
    const light = scheme(false);
    for (const [name, value] of Object.entries(LIGHT)) expect(value.toLowerCase(), name).toBe(light[name]!.toLowerCase());
  });
});
