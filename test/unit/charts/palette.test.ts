import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LIGHT } from "../../../src/charts/drawing/palette.ts";
import { DARK_SCHEME, LIGHT_SCHEME, PRINT_SCHEME, type Scheme } from "../../../src/styles/palette.ts";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe.each([["light", LIGHT_SCHEME], ["dark", DARK_SCHEME], ["print", PRINT_SCHEME]] as [string, Scheme][])("the %s palette", (_name, vars) => {
  const series = [1, 2, 3, 4, 5].map((i) => vars[`series-${i}`]!);

  it("declares five series colours and the same properties as the light scheme", () => {
    expect(series.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
    expect(Object.keys(vars).sort()).toEqual(Object.keys(LIGHT_SCHEME).sort());
  });

  it("gives every series at least 4.5:1 against the background, so its direct labels read as text", () => {
    for (const c of series) expect(contrast(c, vars.bg!), c).toBeGreaterThanOrEqual(4.5);
  });

  it("gives text drawn inside bars (in the background colour) at least 4.5:1 on every series colour", () => {
    for (const c of series) expect(contrast(vars.bg!, c), c).toBeGreaterThanOrEqual(4.5);
  });

  it("gives text, muted text and links at least 4.5:1 against the background and the panel", () => {
    for (const text of ["fg", "muted", "link", "link-visited"]) for (const bg of ["bg", "panel"]) expect(contrast(vars[text]!, vars[bg]!), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe("LIGHT (colours of standalone files)", () => {
  it("is the light scheme, by custom property", () => {
    expect(LIGHT["--series-1"]).toBe(LIGHT_SCHEME["series-1"]);
    expect(Object.keys(LIGHT).length).toBe(Object.keys(LIGHT_SCHEME).length);
  });
});

describe("one palette source", () => {
  // Every stylesheet and component style only uses the colours; declaring one again
  // (--bg: #fff in a .css file) would be a second palette to keep in step.
  const names = Object.keys(LIGHT_SCHEME).join("|");
  const declared = new RegExp(`--(${names})\\s*:`, "g");
  const files = (dir: string, ext: RegExp): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && ext.test(e.name)).map((e) => join(e.parentPath, e.name));
  const src = resolve(import.meta.dirname, "../../../src");

  it("no stylesheet or component declares a palette colour", () => {
    const found = files(src, /\.(css|astro)$/).flatMap((f) => [...readFileSync(f, "utf8").matchAll(declared)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
