import { describe, expect, it } from "vitest";
import { councilYears, neighbourComparison, rankIn, ratesIn } from "../../../src/lib/compare/councils.ts";
import { site } from "../../support/site.ts";


describe("ratesIn(year, config) and rankIn(code, year, config)", () => {
  it("ranks a council 1 + the councils with a strictly higher rate, and counts ties apart", () => {
    for (const year of councilYears(site)) {
      const all = ratesIn(year, site);
      const r = rankIn(site.council.area, year, site)!;
      expect(r.rank).toBe(all.filter((x) => x.rate > r.rate).length + 1);
      expect(r.tiedWith).toBe(all.filter((x) => x.rate === r.rate).length - 1);
      expect(r.of).toBe(all.length);
    }
    // 31 March 2018: Worcestershire's 68 per 10,000, DfE 2022 release.
    expect(rankIn(site.council.area, 2018, site)).toMatchObject({ rate: 68, rank: 71, of: 152, tiedWith: 2 });
    expect(rankIn("E06000059", 2018, site)).toBeNull();
  });
});

describe("neighbourComparison(year, council, config)", () => {
  it("finds the highest neighbour and compares each with Worcestershire", () => {
    const n = neighbourComparison(2025, site.council.area, site)!;
    const valued = n.neighbours.flatMap((x) => (x.rate === null ? [] : [x.rate]));
    expect(n.highest?.rate).toBe(Math.max(...valued));
    expect(n.lower).toBe(valued.filter((r) => r < n.rate).length);
  });
});
