/**
 * The site's one money module. Amounts are in millions, as the council's papers write
 * them ("£500,000" would read oddly beside "£10.5m"); a spoken form, for descriptions a
 * screen reader reads aloud, has no "m" or dash.
 */
import { formatNumber } from "./number.ts";

/** An amount of money, or a range, as data/money.csv gives it. */
export interface MoneyAmount {
  low: number;
  high: number;
  /** "year" where the amount is a year's. */
  per?: string | null;
}

/** "£10.5m", "£47m", "£0.5m". */
export function formatMoney(pounds: number): string {
  return `£${formatNumber(pounds / 1_000_000)}m`;
}

/** "£10.5 million". */
export function formatMoneySpoken(pounds: number): string {
  return `£${formatNumber(pounds / 1_000_000)} million`;
}

/** "£0.5m–£1.2m" for a range, "£1.9m" for one amount, then "a year" where stated. */
export function formatAmount(a: MoneyAmount): string {
  const base = a.low === a.high ? formatMoney(a.low) : `${formatMoney(a.low)}–${formatMoney(a.high)}`;
  return a.per === "year" ? `${base} a year` : base;
}

/** "£10.5 million", "£0.5 million to £1.2 million a year": as a listener hears it. */
export function formatAmountSpoken(a: MoneyAmount): string {
  const base = a.low === a.high ? formatMoneySpoken(a.low) : `${formatMoneySpoken(a.low)} to ${formatMoneySpoken(a.high)}`;
  return a.per === "year" ? `${base} a year` : base;
}
