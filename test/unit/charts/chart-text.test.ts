import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { describeStartsAndCeased, netGrowthYears } from "../../../src/charts/kinds/starts-and-ceased.ts";
import { describeAgeAndPlacement } from "../../../src/charts/kinds/age-and-placement.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import type { Series } from "../../../src/charts/describe.ts";
import { repeatedPatterns } from "../../support/sentence-pattern.ts";
import { accountSegments, describeHomes, type KindNames } from "../../../src/charts/kinds/homes-before-after.ts";
import type { HomesAccount } from "../../../src/lib/data/homes.ts";

describe("netGrowthYears(started, ceased)", () => {
  it("compares only years with both figures", () => {
    const started = new Map([[2018, 10], [2019, 5], [2020, 7]]);
    const ceased = new Map([[2018, 8], [2020, 9]]);
    expect(netGrowthYears(started, ceased)).toEqual({ compared: [2018, 2020], more: [2018] });
  });
});

const account = (label: string, counts: HomesAccount["counts"], statedTotal: number | null = null, extra: Partial<HomesAccount> = {}): HomesAccount => ({ sourceId: "s", label, date: "2018-10-11", counts, derived: [], statedTotal, says: "Said something.", confidence: "read", ...extra });

describe("accountSegments(account)", () => {
  it("stacks only the counts the source gives, in the fixed order, never inventing a zero", () => {
    const names = { residential_close: { name: "Residential homes to close", short: "close" }, disability_unaffected: { name: "Homes for disabled children", short: "disabled" } } as KindNames;
    const segs = accountSegments(account("A", { disability_unaffected: 4, residential_close: 6 }), names, ui(site).charts.homes);
    expect(segs.map((s) => [s.x1, s.x2])).toEqual([[0, 6], [6, 10]]);
    expect(segs.map((s) => s.label)).toEqual(["6 close", "4 disabled"]);
  });
});

describe("describeHomes(accounts)", () => {
  it("leads with the disagreement between the totals the sources state, groups accounts by what they say, and marks our counts", () => {
    const d = describeHomes([
      account("Council", { residential_close: 4, residential_stay: 2, disability_unaffected: 4 }, null, { derived: ["residential_close"] }),
      account("Paper", { not_broken_down: 10 }, 10, { confidence: "press" }),
      account("Minutes", { close_type_unstated: 6, not_broken_down: 6 }, 12, { derived: ["not_broken_down"] }),
    ], "October 2018", ui(site).charts.homes);
    expect(d.description).toBe("The sources disagree on how many children's homes the council ran in October 2018: the totals given are 10 from Paper and 12 from Minutes; Council gave no total. On closures, Minutes gave six homes of a type not stated; by our count from what it said, Council meant four residential homes. No published source we found settles it.");
    expect(d.details).toContain("Paper is a press report.");
    expect(repeatedPatterns(d, ["Council", "Paper", "Minutes"])).toEqual([]);
  });
  it("never presents our own sum as a source's total", () => {
    const d = describeHomes([account("A", { residential_close: 4, residential_stay: 2 }), account("B", { not_broken_down: 8 }, 8)], "October 2018", ui(site).charts.homes);
    const text = [d.description, ...d.details].join(" ");
    expect(text).not.toMatch(/disagree|settles/);
    expect(d.description).toBe("The sources that give a total agree the council ran 8 homes in October 2018; A gave no total. On closures, A gave four residential homes.");
    expect(d.details).toContain("Added up by us, the types of home in A come to 6.");
  });
});

const series = (name: string, values: [number, number | null][]): Series => ({ name, readings: values.map(([year, value]) => ({ year, value })) });

describe("describeStartsAndCeased(started, ceased)", () => {
  it("counts only years with both figures, says so, and names years with more endings or the same number", () => {
    const d = describeStartsAndCeased(series("Started", [[2018, 10], [2019, 5], [2020, 7], [2021, 4]]), series("Ceased", [[2018, 8], [2019, null], [2020, 9], [2021, 4]]), "Worcestershire", ui(site).charts);
    expect(d.description).toMatch(/^More children started to be looked after by Worcestershire than ceased in one of the three years from 2018 to 2021 with both counts; in 2020 more ceased, and in 2021 the two were the same\./);
    expect(d.details).toContain("Shown as a gap and never as zero: Ceased for 2019 (not in this dataset).");
    expect(repeatedPatterns(d, ["Started", "Ceased"])).toEqual([]);
  });
  it("single point: gives the one year's counts and nothing more", () => {
    const d = describeStartsAndCeased(series("Started", [[2018, 10]]), series("Ceased", [[2018, 8]]), "Worcestershire", ui(site).charts);
    expect(d.description).toBe("Only 2018 has both counts: 10 children started to be looked after by Worcestershire and 8 ceased.");
  });
});

describe("describeAgeAndPlacement(all, band, rest)", () => {
  it("leads with the band against all children, both as our calculation, and never compares overlapping groups", () => {
    const d = describeAgeAndPlacement({ ...series("All", [[2011, 100], [2012, 120]]), label: "all children" }, { ...series("Band", [[2011, 10], [2012, 15]]), label: "children aged 10 to 15" }, [{ ...series("Flat", [[2011, 7], [2012, 7]]), label: "children in flat placements" }], "Worcestershire", ui(site).charts.ageAndPlacement, ui(site).charts);
    expect(d.description).toBe("The number of children aged 10 to 15 looked after by Worcestershire at 31 March rose from 10 in 2011 to 15 in 2012, up 50.0% by our calculation. For all children the number rose by 20.0% over the same years, from 100 to 120 (our calculation).");
    expect(d.details[0]).toBe("Over the same years, by our calculation: children in flat placements were 7 at both ends.");
    expect([d.description, ...d.details].join(" ")).not.toMatch(/\babove\b|\bbelow\b/);
  });
});
