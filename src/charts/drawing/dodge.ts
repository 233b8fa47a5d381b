/**
 * Moves direct labels apart vertically so none overlaps another, keeping each as near
 * its line's end as it can. Plot's own dodge transforms lay out dots, not labels at
 * fixed anchors, so this small one-dimensional pass is written here.
 *
 * Labels that would overlap are gathered into a block, spaced `gap` apart and centred on
 * the mean of their targets, so a tie moves both labels half a step rather than pushing
 * one a whole step away; blocks that then meet merge, and a block is kept within
 * [min, max] where it fits.
 */

/** The space a label needs between its centre and the next one's, for `fontSize` px text. */
export function labelGap(fontSize: number): number {
  // A line of text is about 1.2 em from ascender to descender; 3 px keeps them apart.
  return Math.ceil(fontSize * 1.2) + 3;
}

/** New y positions (same order as `ys`) at least `gap` apart, within [min, max] where they fit. */
export function dodgeLabels(ys: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  type Block = { targets: number[]; top: number };
  const place = (targets: number[]): Block => {
    const size = (targets.length - 1) * gap;
    const mean = targets.reduce((a, b) => a + b, 0) / targets.length;
    let top = mean - size / 2;
    // Keep the block inside the frame; if it is taller than the frame, its top wins.
    top = Math.min(top, max - size);
    top = Math.max(top, min);
    return { targets, top };
  };
  const blocks: Block[] = [];
  for (const { y } of order) {
    blocks.push(place([y]));
    // Merge with the block above while they overlap.
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a.top + (a.targets.length - 1) * gap + gap <= b.top) break;
      blocks.splice(-2, 2, place([...a.targets, ...b.targets]));
    }
  }
  const placed = blocks.flatMap((b) => b.targets.map((_, k) => b.top + k * gap));
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
