import { describe, expect, it } from "vitest";
import { percentChange } from "../../../src/charts/change.ts";
import { netGrowthYears } from "../../../src/charts/starts-and-ceased.ts";
import { amount, millions } from "../../../src/charts/money.ts";
import { accountSegments, describeHomes } from "../../../src/charts/homes-before-after.ts";
import type { HomesAccount } from "../../../src/lib/data/homes.ts";
import type { MoneyFigure } from "../../../src/lib/data/index.ts";

describe("percentChange(a, b)", () => {
  it("rounds to one decimal place: England 2010→2016 is 9.2%, not 10%", () => {
    expect(percentChange(64460, 70400)).toBe(9.2);
    expect(percentChange(64400, 70440)).toBe(9.4);
  });
  it("is negative for a fall", () => {
    expect(percentChange(54, 34)).toBe(-37);
  });
});

describe("netGrowthYears(started, ceased)", () => {
  it("compares only years with both figures", () => {
    const started = new Map([[2018, 10], [2019, 5], [2020, 7]]);
    const ceased = new Map([[2018, 8], [2020, 9]]);
    expect(netGrowthYears(started, ceased)).toEqual({ compared: [2018, 2020], more: [2018] });
  });
});

const figure = (low: number, high: number, per: "year" | null = null): MoneyFigure => ({ id: "x", label: "X", partOf: null, period: null, low, high, per, sourceId: "s", confidence: "read", note: null });

describe("millions(pounds) and amount(figure)", () => {
  it("writes pounds in millions with at most one decimal", () => {
    expect(millions(10_500_000)).toBe("£10.5m");
    expect(millions(2_000_000)).toBe("£2m");
  });
  it("writes a range as low–high and says 'a year' where the source does", () => {
    expect(amount(figure(500_000, 1_200_000))).toBe("£0.5m–£1.2m");
    expect(amount(figure(1_900_000, 1_900_000, "year"))).toBe("£1.9m a year");
  });
});

const account = (label: string, counts: HomesAccount["counts"], statedTotal: number | null = null, says = "Said something."): HomesAccount => ({ sourceId: "s", label, date: "2018-10-11", counts, derived: [], statedTotal, says, confidence: "read" });

describe("accountSegments(account)", () => {
  it("stacks only the counts the source gives, in the fixed order, never inventing a zero", () => {
    const segs = accountSegments(account("A", { disability_unaffected: 4, residential_close: 6 }));
    expect(segs.map((s) => [s.x1, s.x2])).toEqual([[0, 6], [6, 10]]);
    expect(segs.map((s) => s.label)).toEqual(["6 close", "4 disabled"]);
  });
});

describe("describeHomes(accounts)", () => {
  it("leads with the disagreement between the totals the sources state, then gives each account", () => {
    const text = describeHomes([
      account("Council", { residential_close: 4, residential_stay: 2, disability_unaffected: 4 }, null, "Said six homes would become two."),
      account("Paper", { not_broken_down: 10 }, 10),
      account("Minutes", { close_type_unstated: 6, not_broken_down: 6 }, 12),
    ]);
    expect(text.startsWith("The sources disagree. Those that give a total say the council ran 10 or 12 children's homes, and the accounts put the number to close at 4 or 6.")).toBe(true);
    expect(text).toContain("Council (11 October 2018): Said six homes would become two. By our own count that is 10 homes in all; the source gives no total.");
  });
  it("never presents our own sum as a source's total", () => {
    const text = describeHomes([account("A", { residential_close: 4, residential_stay: 2 }), account("B", { not_broken_down: 8 }, 8)]);
    expect(text).not.toContain("disagree");
    expect(text).toContain("By our own count that is 6 homes in all");
  });
});
