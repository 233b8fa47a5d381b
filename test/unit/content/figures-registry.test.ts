import { describe, expect, it } from "vitest";
import { createFigureRegistry } from "../../../src/lib/figures/registry.ts";
import { site } from "../../support/site.ts";


describe("createFigureRegistry(reported, knownSourceIds)", () => {
  const figures = createFigureRegistry(site);

  it("gives every percentage of our calculation to one decimal place, so none looks more or less exact than another (39.0% beside 29.8%)", () => {
    const calcs = figures.keys().filter((k) => k.startsWith("calc."));
    expect(calcs.length).toBeGreaterThan(5);
    for (const k of calcs) expect(figures.get(k)!.parts[0]!.text, k).toMatch(/^\d[\d,]*\.\d%( \(.+\))?$/);
  });

  it("has no figure for a missing value or an unknown key", () => {
    expect(figures.get("england.rate.2009")).toBeUndefined();
    expect(figures.get("nope")).toBeUndefined();
  });

  it("refuses a reported figure with an unknown source, or a duplicate key", () => {
    const r = { key: "seed.x", value: 1, text: "one", sourceId: "nowhere", confidence: "read" as const };
    expect(() => createFigureRegistry(site, [r], new Set(["wcc"]))).toThrow('reported figure "seed.x": unknown source id "nowhere"');
    expect(() => createFigureRegistry(site, [{ ...r, key: "worcestershire.number.2018", sourceId: "wcc" }], new Set(["wcc"]))).toThrow("defined twice");
  });
});
