/**
 * A council's every-year ticks in the strip chart, as one SVG path ("M x1,y H x2" a tick):
 * written by the chart (src/charts/drawing/strip-chart.ts) and read back by the area picker and the
 * council pages, which need each tick's place. One path a council rather than a <line> a
 * tick: a council's ticks sit in different years and never overlap, so the path looks the
 * same, and the chart has some 150 elements a layout instead of some 1,200 (page weight,
 * and the work of every browser and checker that reads the page).
 */
export interface Tick {
  x1: number;
  x2: number;
  y: number;
}

/** Path data for `ticks`, in their order. */
function tickPath(ticks: readonly Tick[]): string {
  return ticks.map((t) => `M${t.x1},${t.y}H${t.x2}`).join("");
}

/** The ticks in path data written by tickPath(), in order. */
export function ticksOf(d: string): Tick[] {
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)H(-?[\d.]+)/g)].map((m) => ({ x1: Number(m[1]), y: Number(m[2]), x2: Number(m[3]) }));
}

/** Each council's path data, in the order its first tick comes: `ticks` tagged with their council's code. */
export function tickPathsByArea(ticks: readonly (Tick & { code: string })[]): Map<string, string> {
  const byArea = new Map<string, Tick[]>();
  for (const t of ticks) {
    const own = byArea.get(t.code);
    if (own) own.push(t);
    else byArea.set(t.code, [t]);
  }
  return new Map([...byArea].map(([code, own]) => [code, tickPath(own)]));
}
