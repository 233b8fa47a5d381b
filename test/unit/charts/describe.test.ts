import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import {
  calcItem,
  comparisonSentence,
  describeLines,
  describeRank,
  gapsItem,
  listYears,
  MAX_LEAD_SENTENCES,
  peaksItem,
  relationRuns,
  yearSpans,
  type Measure,
  type Reading,
  type Series,
} from "../../../src/charts/describe.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { gapNote } from "../../../src/charts/view-parts.ts";
import { Missing, type LookedAfterValue } from "../../../src/lib/data/index.ts";
import { repeatedPatterns, sentencePattern, splitSentences } from "../../support/sentence-pattern.ts";

/** The engine's words, which these expectations read. */
const W = ui(site).charts;

const RATE: Measure = { counted: "children looked after per 10,000 children under 18", when: "at 31 March", short: "rate" };
const COUNT: Measure = { counted: "children looked after", when: "at 31 March", short: "number" };

/** A series from [year, value] pairs; a string value is a DfE code for a missing figure. */
const s = (name: string, values: [number, number | null | string][], extra: Partial<Series> = {}): Series => ({
  name,
  readings: values.map(([year, v]): Reading => (typeof v === "string" ? { year, value: null, code: v } : { year, value: v })),
  ...extra,
});
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const names = (series: Series[]) => series.flatMap((x) => [x.name, ...(x.label ? [x.label] : [])]);

/** Every rule a description must keep, whatever the data. */
function expectWellFormed(d: { description: string; details: string[] }, series: Series[]) {
  expect(splitSentences(d.description).length).toBeLessThanOrEqual(MAX_LEAD_SENTENCES);
  expect(repeatedPatterns(d, names(series))).toEqual([]);
  for (const text of [d.description, ...d.details]) {
    expect(text).not.toMatch(/NaN|undefined|Infinity|null|\[object/);
    expect(text).not.toMatch(/\bfirst (?:above|below)\b/);
  }
}

// England has no rate for 2017; the two were level in 2015 and 2016. Shaped on the real data.
const worcs = s("Worcestershire", [[2014, 56], [2015, 60], [2016, 60], [2017, 66], [2018, 68], [2019, 71]]);
const england = s("England", [[2014, 60], [2015, 60], [2016, 60], [2017, null], [2018, 64], [2019, 65]]);

describe("relationRuns(a, b)", () => {
  it("compares only years where both have a figure, and records the gap a change falls in", () => {
    expect(relationRuns(worcs, england)).toEqual([
      { relation: "below", years: [2014], gapBefore: [] },
      { relation: "level", years: [2015, 2016], gapBefore: [] },
      { relation: "above", years: [2018, 2019], gapBefore: [2017] },
    ]);
  });
  it("keeps one run across a gap when the relation is the same on both sides", () => {
    const a = s("A", [[2010, 5], [2011, 5], [2012, 5]]);
    const b = s("B", [[2010, 1], [2011, null], [2012, 1]]);
    expect(relationRuns(a, b)).toEqual([{ relation: "above", years: [2010, 2012], gapBefore: [] }]);
  });
});

describe("comparisonSentence(a, b)", () => {
  it("never says 'first above' across a gap: it says the dataset cannot show the year of the change, and why", () => {
    const text = comparisonSentence(worcs, england, W)!;
    expect(text).toBe("Worcestershire was below England in 2014, level with it in 2015 and 2016 and above it in 2018 and 2019; England's figure for 2017 is not in this dataset, so this dataset cannot show whether Worcestershire moved above England in 2017 or 2018.");
    // Never "England has no figure": the dataset lacks it, which says nothing of whether DfE published one.
    expect(text).not.toMatch(/has no figure|is not known/);
  });
  it("names the series with the gap, whichever it is", () => {
    const a = s("England", [[2014, 60], [2015, 60], [2016, 60], [2017, 62], [2018, 64]]);
    const b = s("Worcestershire", [[2014, 56], [2015, 59], [2016, 59], [2017, null], [2018, 68]]);
    expect(comparisonSentence(a, b, W)).toContain("above Worcestershire from 2014 to 2016 and below it in 2018; Worcestershire's figure for 2017 is not in this dataset, so this dataset cannot show whether England fell below Worcestershire in 2017 or 2018.");
  });
  it("says a run that spans a gap covers 'every year compared'", () => {
    const a = s("A", years(2010, 2014).map((y) => [y, 10]));
    const b = s("B", [[2010, 1], [2011, 1], [2012, null], [2013, 1], [2014, 12]]);
    expect(comparisonSentence(a, b, W)).toBe("A was above B in every year compared from 2010 to 2013 and below it in 2014.");
  });
  it("ties: two series level in every year", () => {
    const a = s("A", [[2010, 3], [2011, 4]]);
    expect(comparisonSentence(a, s("B", [[2010, 3], [2011, 4]]), W)).toBe("A was level with B in all two years with figures for both.");
  });
  it("single shared year: says it is the only one", () => {
    expect(comparisonSentence(s("A", [[2010, 3], [2011, 4]]), s("B", [[2011, 1]]), W)).toBe("A was above B in 2011, the only year with figures for both.");
  });
  it("no shared year: claims nothing", () => {
    expect(comparisonSentence(s("A", [[2010, 3]]), s("B", [[2011, 1]]), W)).toBe("A and B have no year with figures for both.");
  });
});

describe("describeLines(series, measure, options)", () => {
  it("gaps: leads with the latest year and never claims a first crossing over England's missing 2017", () => {
    const series = [worcs, england];
    const d = describeLines(series, RATE, W);
    expect(d.description).toMatch(/^At 31 March 2019, the latest year, Worcestershire had 71 children looked after per 10,000 children under 18, against 65 for England\./);
    expect(d.description).toContain("so this dataset cannot show whether");
    expect(d.details).toContain("Shown as a gap and never as zero: England for 2017 (not in this dataset).");
    expectWellFormed(d, series);
  });

  it("missing values: keeps the source's suppression code and says what it means", () => {
    const series = [s("Worcestershire", [[2018, 1], [2019, 2]]), s("Essex", [[2018, "c"], [2019, 3]])];
    const d = describeLines(series, RATE, W);
    expect(d.details).toContain('Shown as a gap and never as zero: Essex for 2018 (DfE code "c", confidential).');
    expect(d.description).toContain("Worcestershire was below Essex in 2019, the only year with figures for both.");
    expectWellFormed(d, series);
  });

  it("missing values: a series with no figure at all is said to have none, never zero", () => {
    const series = [s("A", [[2018, null], [2019, null]])];
    const d = describeLines(series, COUNT, W);
    expect(d.description).toBe("There is no figure for A in any year shown.");
    expect(d.description).not.toMatch(/\b0\b/);
    expectWellFormed(d, series);
  });

  it("single point: gives the one figure and claims no trend", () => {
    const series = [s("A", [[2018, null], [2019, 42], [2020, null]])];
    const d = describeLines(series, COUNT, W);
    expect(d.description).toBe("At 31 March 2019, the only year with a figure, A had 42 children looked after.");
    expectWellFormed(d, series);
  });

  it("flat series: says the figure did not change, not that it rose or fell", () => {
    const series = [s("A", years(2010, 2014).map((y) => [y, 60]))];
    const d = describeLines(series, COUNT, W);
    expect(d.description).toContain("The number for A was 60 in every year with a figure, 2010 to 2014.");
    expect(d.description).not.toMatch(/rose|fell/);
    expectWellFormed(d, series);
  });

  it("one series: a rise then a fall is told as the turn, with the high", () => {
    const series = [s("England", [[2020, 80000], [2021, 80780], [2022, 82090], [2023, 83750], [2024, 83530], [2025, 81770]])];
    const d = describeLines(series, COUNT, W);
    expect(d.description).toBe("At 31 March 2025, the latest year, England had 81,770 children looked after. The number for England rose every year from 2020 to 2023, from 80,000 to 83,750, then fell in each of the two years to 2025.");
    expect(d.details).toEqual([]);
    expectWellFormed(d, series);
  });

  it("ties: a shared high names every year that had it", () => {
    const series = [s("A", [[2020, 1], [2021, 9], [2022, 3]]), s("B", [[2020, 2], [2021, 70], [2022, 70], [2023, 5]])];
    const d = describeLines(series, RATE, W);
    expect(d.details.join(" ")).toContain("B, 70 in 2021 and 2022");
    expectWellFormed(d, series);
  });

  it("the chart's finding leads; generated sentences fill the lead to three and the rest open the list", () => {
    const series = [worcs, england];
    const d = describeLines(series, RATE, W, { finding: ["The finding comes first."], details: ["A chart note."] });
    expect(splitSentences(d.description)).toHaveLength(3);
    expect(d.description).toMatch(/^The finding comes first\. At 31 March 2019/);
    expect(d.details[0]).toMatch(/^Worcestershire was below England/);
    expect(d.details.at(-1)).toBe("A chart note.");
  });

  it("startSentence: a verb already said is not repeated, and 'while' marks a change of direction", () => {
    const up = (n: string, a: number, b: number, from = 2011) => s(n, [[from, a], [2019, b]]);
    expect(describeLines([up("Worcestershire", 51, 71), up("Essex", 54, 34), up("North Yorkshire", 39, 37)], RATE, W).description).toContain("Worcestershire's rate rose from 51 in 2011, while Essex's fell from 54 and North Yorkshire's from 39.");
    expect(describeLines([up("Worcestershire", 50, 86), up("England", 58, 67), up("the West Midlands", 66, 86, 2012)], RATE, W).description).toContain("Worcestershire's rate rose from 50 in 2011, England's from 58 and the West Midlands' from 66 in 2012.");
  });

  it("gaps: false leaves the missing years to the chart's notes", () => {
    expect(describeLines([worcs, england], RATE, W, { gaps: false }).details.join(" ")).not.toContain("No figure");
  });

  it("calculated figures: flagged where they appear and listed", () => {
    const a = s("A", [[2010, 50.3], [2011, 51]]);
    a.readings[0]!.calc = true;
    const d = describeLines([a, s("B", [[2010, 58.5], [2011, 58]])], RATE, W);
    expect(d.description).toContain("50.3 (our calculation) in 2010");
    expect(d.details).toContain("Calculated by this site from the source's own counts, not published as such: the 2010 figure for A.");
  });

  it("many comparators with the same story share one list item instead of repeating it", () => {
    const total = s("All", years(2011, 2017).map((y, i) => [y, 600 + i * 20]));
    const parts = ["P", "Q", "R", "T"].map((n, k) => s(n, years(2011, 2017).map((y, i) => [y, 100 + k * 50 + i])));
    const series = [total, ...parts];
    const d = describeLines(series, COUNT, W);
    expect(d.details).toContain("Against Q, R and T, All was above from 2011 to 2017.");
    expectWellFormed(d, series);
  });

  it("holds every rule on 300 random fixtures with gaps, codes, ties, flat runs and single points", () => {
    let seed = 15;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const count = 1 + Math.floor(rand() * 4);
      const span = years(2010, 2010 + Math.floor(rand() * 10));
      const series = Array.from({ length: count }, (_, k) =>
        s(["Worcestershire", "England", "the West Midlands", "Essex"][k]!, span.map((y): [number, number | null | string] => {
          const r = rand();
          return [y, r < 0.12 ? null : r < 0.18 ? "c" : Math.round(rand() * 6) * 10];
        })),
      );
      const d = describeLines(series, RATE, W);
      expectWellFormed(d, series);
    }
  });
});

describe("gapsItem(series) and calcItem(series)", () => {
  it("say nothing when there is nothing to say", () => {
    expect(gapsItem([s("A", [[2010, 1]])], W)).toBeNull();
    expect(calcItem([s("A", [[2010, 1]])], W)).toBeNull();
  });
});

describe("describeRank(areas, focusName, measure)", () => {
  const m = { ...RATE, year: 2025, group: "councils" };
  it("places the focus, with ties sharing a place and codes named", () => {
    const d = describeRank([{ name: "Worcestershire", value: 86 }, { name: "Kent", value: 86 }, { name: "Essex", value: 34 }, { name: "Dorset", value: 90 }, { name: "Leicestershire", value: null, code: "c" }], "Worcestershire", m, W);
    expect(d.description).toBe("At 31 March 2025, Worcestershire had 86 children looked after per 10,000 children under 18, joint 2nd highest of the four councils with a figure, level with Kent. Figures ranged from 34 in Essex to 90 in Dorset.");
    expect(d.details).toEqual(['No figure for Leicestershire (DfE code "c", confidential).']);
  });
  it("says when the focus has no figure, rather than ranking it", () => {
    expect(describeRank([{ name: "A", value: null }, { name: "B", value: 1 }], "A", m, W).description).toBe("At 31 March 2025 there is no figure for A, so it cannot be placed among councils.");
  });
  it("highest and lowest", () => {
    expect(describeRank([{ name: "A", value: 9 }, { name: "B", value: 1 }], "A", m, W).description).toContain("the highest of the two councils");
    expect(describeRank([{ name: "A", value: 1 }, { name: "B", value: 9 }], "A", m, W).description).toContain("the lowest of the two councils");
  });
});

describe("yearSpans(years) and listYears(years)", () => {
  it("writes runs of three or more as spans", () => {
    expect(yearSpans([2018, 2019, 2021, 2022, 2023, 2024], W)).toBe("2018, 2019 and 2021 to 2024");
  });
  it("joins with commas and a final 'and'", () => {
    expect(listYears([2019])).toBe("2019");
    expect(listYears([2019, 2020, 2021])).toBe("2019, 2020 and 2021");
  });
});

describe("sentencePattern(sentence, names)", () => {
  it("reduces the old template to one pattern, so the test would have caught it", () => {
    const old = "All ages was above Foster placements in every year shown. All ages was above Aged 10–15 in every year shown. All ages was above Aged 16 and over in every year shown.";
    const names = ["All ages", "Foster placements", "Aged 10–15", "Aged 16 and over"];
    expect(repeatedPatterns({ description: old, details: [] }, names)).toHaveLength(2);
    expect(sentencePattern("England has no figure for 2010, 2011 and 2017.", ["England"])).toBe("«s» has «n» figure for «n».");
  });
});

describe("peaksItem(series, words)", () => {
  it("speaks of one peak where one series has one, and of peaks where several do", () => {
    const peaked = (name: string) => s(name, [[2011, 30], [2012, 41], [2013, 41], [2014, 35]]);
    expect(peaksItem([peaked("North Yorkshire"), worcs], W)).toBe("A peak along the way: North Yorkshire, 41 in 2012 and 2013.");
    expect(peaksItem([peaked("North Yorkshire"), peaked("Essex")], W)).toBe("Peaks along the way: North Yorkshire, 41 in 2012 and 2013; Essex, 41 in 2012 and 2013.");
  });
});

describe("gapNote(groups, years, words)", () => {
  const value = (name: string, year: number, v: number | null): LookedAfterValue => ({ areaCode: "X", areaName: name, dfeLaNumber: null, year, measure: "m", unit: "u", value: v === null ? new Missing("") : v, sourceId: "s", confidence: "read", revisedFrom: null, revisedFromSource: null, note: null });
  const group = (name: string, gaps: number[]) => ({ name, values: years(2015, 2019).map((y) => value(name, y, gaps.includes(y) ? null : 50)) });

  it("names the series missing the same years together, and each other set of years apart", () => {
    expect(gapNote([group("Essex", [2017]), group("North Yorkshire", [2017]), group("Kent", [2016, 2017])], years(2015, 2019), W)).toBe(
      "Years with no value are gaps in the lines, never zeros. Not in this dataset: Essex and North Yorkshire for 2017; Kent for 2016 and 2017.",
    );
  });
});
