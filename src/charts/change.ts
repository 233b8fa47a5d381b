/** Changes between two values, as the charts' titles and descriptions state them. */

/** Percentage change from `a` to `b`, to one decimal place. */
export function percentChange(a: number, b: number): number {
  return Math.round(((b - a) / a) * 1000) / 10;
}
