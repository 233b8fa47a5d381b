import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { chartView } from "../../../src/charts/index.ts";

const svgOf = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document.querySelector("svg")!;

describe("chart views built from the project's data", () => {
  it("rate-per-10000: England's missing 2017 rate is a gap in its line, never a zero", () => {
    const view = chartView("rate-per-10000", site);
    const path = svgOf(view.svg.wide).querySelector('g[data-series="England"] > path')!;
    expect(path.getAttribute("d")!.match(/M/g)).toHaveLength(2);
    expect(view.notes).toContain("Years with no value are gaps in the lines, never zeros. Not in this dataset: England for 2017; West Midlands for 2010 and 2017.");
    expect(view.details.join(" ")).not.toContain("No figure");
    expect(view.table.rows.find((r) => r[0] === "2017")).toEqual(["2017", "66", "not in this dataset", "not in this dataset"]);
  });

  it("rate-per-10000: marks October 2018 and October 2019 and includes the West Midlands", () => {
    const view = chartView("rate-per-10000", site);
    expect(view.svg.wide).toContain("Oct 2018: proposal to cut homes");
    expect(view.svg.wide).toContain("Oct 2019: Worcestershire Children First");
    expect(view.table.columns).toEqual(["Year", "Worcestershire", "England", "West Midlands"]);
    // England has no rate for 2017 and the two were level in 2015 and 2016: no "first above in 2018".
    expect(view.description).toContain("Worcestershire was below England from 2010 to 2014, level with it in 2015 and 2016 and above it from 2018 to 2025; England’s figure for 2017 is not in this dataset, so this dataset cannot show whether Worcestershire moved above England in 2017 or 2018.");
    expect(view.description).not.toMatch(/first above/);
  });

  it("england-looked-after: states the 2010→2016 change from the data against the claim", () => {
    const view = chartView("england-looked-after", site);
    expect(view.title).toContain("9.2%");
    expect(view.description).toMatch(/^The number of children looked after in England at 31 March rose by 9\.2% from 2010 to 2016, our calculation from 64,460 and 70,400\. The council’s news release of 11 October 2018 rounded it up to 10 per cent\./);
  });

  it("starts-and-ceased: counts the years where starts exceeded endings", () => {
    const view = chartView("starts-and-ceased", site);
    expect(view.title).toContain("six of eight years");
    expect(view.description).toMatch(/^More children started to be looked after by Worcestershire than ceased in six of the eight years from 2018 to 2025; in 2020 and 2025 more ceased\./);
  });

  it("age-and-placement: compares the 10–15 band with all ages", () => {
    // One decimal in the title, as in the text: 29.8%, never a rounder 30%.
    expect(chartView("age-and-placement", site).title).toBe("10–15-year-olds in care rose by 39.0%, against 29.8% overall (our calculation)");
    // The council and the years compared, taken out of the title, are in the subtitle.
    expect(chartView("age-and-placement", site).subtitle).toContain("by Worcestershire at 31 March, number, by age band and by placement, 2011–2017; the changes are from 2011 to 2017");
  });

  it("comparators: Essex's and North Yorkshire's 2017 gaps are not zeros", () => {
    const view = chartView("comparators", site);
    for (const s of ["Essex", "North Yorkshire"]) {
      const d = svgOf(view.svg.wide).querySelector(`g[data-series="${s}"] > path`)!.getAttribute("d")!;
      expect(d.match(/M/g), s).toHaveLength(2);
    }
  });

  it("homes-before-after: shows every source's count and their conflict", () => {
    const view = chartView("homes-before-after", site);
    // Each total with who gives it: 10 is a BBC News caption (press), 12 the Cabinet minutes.
    // The conflict is in the subtitle, the title kept to 12 words.
    expect(view.subtitle).toContain("BBC News reported 10; the Cabinet minutes gave 12.");
    // On the drawing (and so on every image of it), a count that is our arithmetic says so.
    const barWords = [...view.svg.wide.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(barWords).toContain("4 close (our count)");
    expect(barWords).toContain("2 stay");
    expect(barWords.filter((w) => /^\d+ (close|stay)$/.test(w!))).toEqual(["2 stay", "6 close"]);
    // A total only where the source gives one; our sums are marked as ours.
    expect(view.table.rows.map((r) => r.at(-1))).toEqual(["not stated (our sum: 10)", "not stated (our sum: 10)", "10", "12"]);
    expect(view.table.rows[0]).toContain("4 (our count)");
    expect(view.csv.rows.filter((r) => r[0] === "Council news release").map((r) => r[3])).toEqual(["calc", "read", "read"]);
    // The Cabinet minute's "six out of twelve" does not say the six were residential homes.
    expect(view.table.rows[3]![1]).toBe("not stated");
    expect(view.sources.map((s) => s.id).sort()).toEqual(["bbc-2018-10-11", "bromsgrove-standard-2018-10-15", "wcc-cabinet-2018-10-18", "wcc-news-2018-10-11"]);
  });

  it("money: draws the saving as a range and marks the press figure", () => {
    const view = chartView("money", site);
    expect(view.svg.wide).toContain('data-tip="Saving from closing six homes, as the Cabinet minute puts it: £0.5m–£1.2m"');
    expect(view.svg.wide).toContain("(press report)");
    expect(view.description).toContain("The Worcester News reported that the Edge of Care service would cost an estimated £1.9 million a year.");
  });

  it("every point the island can visit carries its series and a tooltip text", () => {
    for (const id of ["rate-per-10000", "homes-before-after", "money"]) {
      const tips = svgOf(chartView(id, site).svg.narrow).querySelectorAll("[data-series] > [data-tip]");
      expect([...tips].filter((t) => t.getAttribute("data-tip")).length, id).toBeGreaterThan(4);
    }
  });
});
