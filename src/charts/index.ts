/** The registry of charts. A chart listed here gets a page at /charts/<id>/. */
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartView } from "./types.ts";
import { homesBeforeAfter } from "./homes-before-after.ts";
import { englandLookedAfter } from "./england-looked-after.ts";
import { ratePer10000 } from "./rate-per-10000.ts";
import { startsAndCeased } from "./starts-and-ceased.ts";
import { ageAndPlacement } from "./age-and-placement.ts";
import { comparators } from "./comparators.ts";
import { money } from "./money.ts";
import { similarCouncils } from "./similar-councils.ts";

/** Every chart, in the order the story tells them. */
export const charts: readonly ChartDefinition[] = [homesBeforeAfter, englandLookedAfter, ratePer10000, startsAndCeased, ageAndPlacement, comparators, similarCouncils, money];

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
