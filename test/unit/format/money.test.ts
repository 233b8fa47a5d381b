import { describe, expect, it } from "vitest";
import { formatAmount, formatAmountSpoken, formatMoney, formatMoneySpoken } from "../../../src/format/money.ts";

describe("formatMoney(pounds) and formatMoneySpoken(pounds)", () => {
  it("writes millions as the council's papers do, with at most one decimal", () => {
    expect([10_500_000, 47_000_000, 500_000, 2_000_000, 0].map(formatMoney)).toEqual(["£10.5m", "£47m", "£0.5m", "£2m", "£0m"]);
  });
  it("spells out million for a listener", () => {
    expect(formatMoneySpoken(10_500_000)).toBe("£10.5 million");
  });
});

describe("formatAmount(amount) and formatAmountSpoken(amount)", () => {
  it("writes a range as low–high and says 'a year' where the source does", () => {
    expect(formatAmount({ low: 500_000, high: 1_200_000 })).toBe("£0.5m–£1.2m");
    expect(formatAmount({ low: 1_900_000, high: 1_900_000, per: "year" })).toBe("£1.9m a year");
  });
  it("says a range in words, with no dash", () => {
    expect(formatAmountSpoken({ low: 500_000, high: 1_200_000, per: "year" })).toBe("£0.5 million to £1.2 million a year");
  });
});
