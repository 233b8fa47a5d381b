/** /changes/ and /changes.xml: every version of every chart, newest first, with what changed and why. */
import { chartVersions, changeText, wordsOnly, type ChartVersion } from "./versions.ts";
import { allCharts } from "../charts/index.ts";
import type { UiRenderer } from "../lib/content/ui-render.ts";
import type { SiteConfig } from "../config/config.ts";

/** Every version of every chart, newest first (by the day recorded, then the chart's story order, later versions first). */
export function changeList(config: SiteConfig): ChartVersion[] {
  const order = new Map(allCharts(config).map((c, i) => [c.id, i]));
  return allCharts(config)
    .flatMap((c) => chartVersions(c.id, config))
    .sort((a, b) => b.entry.recorded.localeCompare(a.entry.recorded) || b.number - a.number || order.get(a.chart)! - order.get(b.chart)!);
}

/** What a version changed from the one before, in a sentence's words; its reason for the first. */
export function changeSummary(u: UiRenderer, v: ChartVersion, html: boolean, config: SiteConfig): string {
  const list = chartVersions(v.chart, config);
  const previous = list[v.number - 2];
  const reason = html ? u.html(u.t.versions.reasons[v.entry.reason]) : u.text(u.t.versions.reasons[v.entry.reason]);
  if (!previous || !v.fromPrevious) return reason;
  // "a change to the chart's words" says it all: the words-only text would repeat it.
  if (v.entry.reason === "wording" && wordsOnly(previous.entry, v.entry, v.fromPrevious)) return reason;
  return `${reason}: ${changeText(u, previous.entry, v.entry, v.fromPrevious, html)}`;
}
