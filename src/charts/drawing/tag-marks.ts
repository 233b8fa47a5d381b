/**
 * A Plot render transform that labels each drawn element with its series and a short
 * text (`data-tip`). The static SVG does not need them; the browser island reads them
 * to move between points and show tooltips, so it never needs the data or Plot itself.
 */
import type { RenderFunction } from "@observablehq/plot";

/** Tag the mark's group with `series` and, given `tip`, each element with `tip(datum)`. */
export function tagMarks<T>(data: readonly T[], series: string, tip?: (d: T) => string): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    g.setAttribute("data-series", series);
    if (!tip) return g;
    const kids = [...g.children];
    index.forEach((i, k) => kids[k]?.setAttribute("data-tip", tip(data[i]!)));
    return g;
  };
}
