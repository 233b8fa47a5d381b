/** The registry of charts. A chart listed here gets a page at /charts/<id>/. */
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartView } from "./types.ts";
import { ratePer10000 } from "./rate-per-10000.ts";

export const charts: readonly ChartDefinition[] = [ratePer10000];

const views = new Map<string, ChartView>();

/** The built view of a chart, drawn once per build however many pages show it. */
export function chartView(id: string): ChartView {
  let view = views.get(id);
  if (!view) {
    const def = charts.find((c) => c.id === id);
    if (!def) throw new Error(`unknown chart id "${id}"`);
    view = def.build();
    views.set(id, view);
  }
  return view;
}
