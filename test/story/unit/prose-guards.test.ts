/**
 * What the prose says in words about the comparison with similar councils (why.md,
 * what-happened-next.md, claims.yaml): "higher than each of", "the highest of them,
 * Staffordshire", "a little above the middle". The numbers are bound; these words are
 * not, so these tests fail if the data stop bearing them out.
 */
import { describe, expect, it } from "vitest";
import { neighbourComparison, rankIn } from "../../../src/lib/compare/councils.ts";
import { checkAgainstNeighbours, checkHighRate } from "../../../src/lib/claims/checks.ts";
import { site } from "../../support/site.ts";


describe("the words the pages use about Worcestershire and its neighbours", () => {
  it.each([2018, 2025])("in %i its rate was higher than each neighbour with a published rate, the highest being Staffordshire", (year) => {
    const n = neighbourComparison(year, site.council.area, site)!;
    expect(n.lower).toBe(n.withValue);
    expect(n.highest?.name).toBe("Staffordshire");
  });

  it("in 2018 it sat a little above the middle of all councils", () => {
    const r = rankIn(site.council.area, 2018, site)!;
    expect(r.higher).toBeLessThan(r.of / 2);
    expect(r.higher).toBeGreaterThan(r.of / 3);
  });
});

describe("the computed verdicts", () => {
  it("checkAgainstNeighbours(): consistent in 2018, when Worcestershire's rate was above every neighbour's with a figure", () => {
    expect(checkAgainstNeighbours(site, 2018)).toBe("consistent");
  });

  it("checkHighRate(): partly in 2018 (above England's rate, but not among the highest third of councils)", () => {
    expect(checkHighRate(site, 2018)).toBe("partly");
  });

  it("checkHighRate(): consistent by 2025, when fewer than a third of councils had a higher rate", () => {
    const r = rankIn(site.council.area, 2025, site)!;
    expect(r.higher).toBeLessThan(r.of / 3);
    expect(checkHighRate(site, 2025)).toBe("consistent");
  });

  it("say 'not checked' for a year with no figures, never a verdict from nothing", () => {
    expect(checkAgainstNeighbours(site, 2017)).toBe("not-checked");
    expect(checkHighRate(site, 2017)).toBe("not-checked");
  });
});
