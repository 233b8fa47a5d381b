/** The figures this site's prose and claims state, as the registry computes them (the rules: test/unit/content/figures-registry.test.ts). */
import { describe, expect, it } from "vitest";
import { createFigureRegistry } from "../../../src/lib/figures/registry.ts";
import { site } from "../../support/site.ts";


describe("createFigureRegistry(reported, knownSourceIds)", () => {
  const figures = createFigureRegistry(site);

  it("keys looked-after values by area, measure and year, with their source", () => {
    const f = figures.get("worcestershire.number.2018");
    expect(f?.parts).toEqual([{ value: 796, text: "796" }]);
    expect(f?.sourceIds).toEqual(["dfe-cla-2022"]);
    expect(figures.get("england.rate.2010")?.parts[0]?.value).toBe(58.5);
  });

  it("keeps a revised value's first-published figure under .first", () => {
    expect(figures.get("england.number.2010.first")?.parts[0]?.value).toBe(64400);
  });

  it("gives a money range as two parts", () => {
    expect(figures.get("money.saving-closing-six-homes")?.parts.map((p) => p.text)).toEqual(["£0.5m", "£1.2m"]);
  });

  it("computes the changes the prose states rather than trusting typed results", () => {
    expect(figures.get("calc.england-rise-2010-2016")?.parts[0]).toEqual({ value: 9.2, text: "9.2%" });
    expect(figures.get("calc.aged-10-to-15-rise-2011-2017")?.parts[0]?.text).toBe("39.0%");
    expect(figures.get("calc.essex-fall-2011-2016")?.parts[0]).toEqual({ value: -36.6, text: "36.6%" });
  });

  it("gives England's 2010 to 2016 rise both ways: current time series and as first published", () => {
    expect(figures.get("calc.england-rise-2010-2016-first")?.parts[0]).toEqual({ value: 9.4, text: "9.4%" });
    expect(figures.get("calc.england-rise-2010-2016-first")?.sourceIds).toEqual(["dfe-sfr27-2010", "dfe-sfr41-2016"]);
    expect(figures.get("calc.england-rise-2010-2016-first")?.confidence).toBe("calc");
  });

  it("computes the comparisons the claims check states", () => {
    expect(figures.get("calc.worcestershire-below-england-rate-2014")?.parts[0]).toEqual({ value: -6.7, text: "6.7% (from rates DfE rounded to whole numbers)" });
    expect(figures.get("calc.worcestershire-started-fall-2018-2019")?.parts[0]).toEqual({ value: -13.5, text: "13.5%" });
    expect(figures.get("calc.england-rise-2010-2018")?.parts[0]).toEqual({ value: 16.9, text: "16.9%" });
  });
});
