/** The site's one number module: counts, rates, percentage changes and ordinals, in British English. */

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDp = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** "64,460"; rates keep up to one decimal place ("58.5"). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? whole.format(value) : oneDp.format(value);
}

const fixedOneDp = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A percentage change of our calculation, always to one decimal place ("39.0", "29.8"):
 * the site's one precision rule for percentages, so two set side by side never look
 * more or less exact than each other. Give it the size of the change (no sign).
 */
export function formatPercent(pct: number): string {
  return fixedOneDp.format(pct);
}

/** Percentage change from `from` to `to`, rounded to one decimal place (negative for a fall). */
export function percentChange(from: number, to: number): number {
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** "1st", "2nd", "43rd", "111th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
