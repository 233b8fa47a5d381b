/** This site's all-councils data as the comparisons read it (test/unit/compare/councils.test.ts has the rules). */
import { describe, expect, it } from "vitest";
import { councilYears, neighbourComparison, ratesIn } from "../../../src/lib/compare/councils.ts";
import { site } from "../../support/site.ts";


describe("ratesIn(year, config) and rankIn(code, year, config)", () => {
  it("covers 2018 to 2025", () => {
    expect(councilYears(site)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it("counts only published rates: suppressed and not-applicable values take no part", () => {
    expect(ratesIn(2020, site).some((r) => r.code === "E06000053")).toBe(false);
    expect(ratesIn(2018, site).some((r) => r.code === "E06000059")).toBe(false);
    expect(ratesIn(2018, site).length).toBeGreaterThanOrEqual(140);
  });
});

describe("neighbourComparison(year, council, config)", () => {
  it("leaves a neighbour with no published rate out of the count, naming it with null", () => {
    const n = neighbourComparison(2018, site.council.area, site)!;
    expect(n.neighbours).toHaveLength(10);
    expect(n.neighbours.find((x) => x.code === "E06000059")?.rate).toBeNull();
    expect(n.withValue).toBe(9);
    expect(n.lower + n.higher + n.same).toBe(n.withValue);
  });
});
