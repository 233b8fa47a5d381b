/**
 * The path of a highlighted series through its points: a point is joined to the one before
 * only when it is the next year, so a year without a value (a council not yet formed, a
 * suppressed value) stays a gap instead of becoming a false continuous line.
 */
export interface PathPoint {
  year: number;
  x: number;
  y: number;
}

/** SVG path data through `points` (in year order), broken wherever a year is skipped. */
export function joinPath(points: readonly PathPoint[]): string {
  return points.map((p, k) => `${k > 0 && p.year === points[k - 1]!.year + 1 ? "L" : "M"}${p.x},${p.y}`).join("");
}
