/**
 * Moves direct labels apart vertically so none overlaps another, keeping each as near
 * its line's end as it can. Plot's own dodge transforms lay out dots, not labels at
 * fixed anchors, so this small one-dimensional pass is written here.
 */

/** New y positions (same order as `ys`) at least `gap` apart, within [min, max]. */
export function dodgeLabels(ys: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // If the stack ran off the bottom, push it back up as a block.
  const overflow = (placed.at(-1) ?? 0) - max;
  if (overflow > 0) for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]! - overflow, k < placed.length - 1 ? placed[k + 1]! - gap : Infinity);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = Math.max(min, placed[k]!)));
  return out;
}
