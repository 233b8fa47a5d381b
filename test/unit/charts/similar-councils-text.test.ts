import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { describeSimilarCouncils, titleForm, type SimilarCouncilsFacts } from "../../../src/charts/kinds/similar-councils-text.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import type { NeighbourComparison } from "../../../src/lib/compare/councils.ts";

const neighbours = (year: number, rate: number, rates: (number | null)[]): NeighbourComparison => {
  const list = rates.map((r, i) => ({ code: `E0${i}`, name: `N${i}`, rate: r }));
  const valued = list.filter((n): n is { code: string; name: string; rate: number } => n.rate !== null);
  return {
    year,
    rate,
    neighbours: list,
    withValue: valued.length,
    lower: valued.filter((n) => n.rate < rate).length,
    higher: valued.filter((n) => n.rate > rate).length,
    same: valued.filter((n) => n.rate === rate).length,
    highest: valued.reduce<(typeof valued)[number] | null>((b, n) => (b === null || n.rate > b.rate ? n : b), null),
  };
};
const facts = (latestRates: (number | null)[], firstRates: (number | null)[]): SimilarCouncilsFacts => ({
  name: "Worcestershire",
  nation: "England",
  first: { neighbours: neighbours(2018, 68, firstRates), rank: { year: 2018, rate: 68, rank: 71, of: 152, higher: 70, tiedWith: 2 }, nationRate: 64 },
  latest: { neighbours: neighbours(2025, 86, latestRates), rank: { year: 2025, rate: 86, rank: 44, of: 151, higher: 43, tiedWith: 0 }, nationRate: 67 },
  groupSize: 3,
});

describe("titleForm(facts)", () => {
  it("picks the title that states the finding: higher than any neighbour, lower than any, or in between", () => {
    expect(titleForm(facts([75, 60, 50], [60, 50, 40]))).toBe("highest");
    expect(titleForm(facts([90, 60, 50], [60, 50, 40]))).toBe("between");
    expect(titleForm(facts([90, 95, 100], [60, 50, 40]))).toBe("lowest");
  });
});

describe("describeSimilarCouncils(facts, words)", () => {
  it("says precisely what the data holds for a neighbour without a rate: DfE's code and its meaning, never 'had none'", () => {
    const f = facts([75, 60, 50], [60, 50, null]);
    f.first.neighbours.neighbours[2]!.missing = "z";
    const text = describeSimilarCouncils(f, { ...ui(site).charts.similarCouncils, notInDataset: ui(site).charts.notInDataset }).details.join(" ");
    expect(text).toContain('(for N2 that year the dataset holds DfE\'s code "z", meaning not applicable, in place of a rate)');
    expect(text).not.toMatch(/had none/);
  });

  it("leads with the latest year and the rank among all councils, then gives the detail", () => {
    const { description, details } = describeSimilarCouncils(facts([75, 60, 50], [60, 50, null]), { ...ui(site).charts.similarCouncils, notInDataset: ui(site).charts.notInDataset });
    expect(description).toBe(
      "At 31 March 2025, Worcestershire looked after 86 children for every 10,000 children under 18, higher than each of its 3 statistical neighbours and above England's 67. " +
        "Its rate was the 44th highest of the 151 councils with a published figure.",
    );
    expect(details).toEqual([
      "The highest rate among the neighbours in 2025 was N0's, 75.",
      "In 2018 Worcestershire's rate was 68, higher than each of the 2 statistical neighbours with a published rate (N2's rate for that year is not in this dataset) and above England's 64.",
      "That year 70 of 152 councils had a higher rate, and two others had the same one.",
    ]);
  });

  it("never says 'higher than each' when a neighbour was higher", () => {
    const text = describeSimilarCouncils(facts([90, 60, 50], [70, 50, 40]), { ...ui(site).charts.similarCouncils, notInDataset: ui(site).charts.notInDataset }).description;
    expect(text).toContain("higher than 2 of its 3 statistical neighbours and above England's 67.");
    expect(text).not.toMatch(/higher than each/);
  });
});
