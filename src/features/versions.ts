/**
 * Every chart's versions as the pages show them: each version's view, its addresses,
 * what changed from it to the next and to the latest, and the one line a pinned version
 * shows when its chart has a newer one, in the words of content/ui.yaml (`versions`).
 */
import { allCharts, chartDefinition, chartView } from "../charts/index.ts";
import { chartLedger, viewOf, type VersionEntry } from "./ledger.ts";
import { diffCsv, type VersionDiff } from "./diff.ts";
import { decodeState } from "./ledger.ts";
import type { ChartView } from "../charts/types.ts";
import { dataHtml, linkHtml, type UiRenderer } from "../lib/content/ui-render.ts";
import type { SlotValue } from "../lib/content/ui.ts";
import type { SiteConfig } from "../config/config.ts";
import { perSite } from "../config/per-site.ts";

export { versionFiles } from "../charts/outputs/downloads.ts";
/** The small JSON an embed reads to learn whether its version is the latest. */
export const versionsJson = (id: string) => `/charts/${id}/versions.json`;

export interface ChartVersion {
  chart: string;
  entry: VersionEntry;
  /** 1-based position in the chart's ledger. */
  number: number;
  isLatest: boolean;
  latest: VersionEntry;
  /** The next version, if any, and what changed to it. */
  next: { entry: VersionEntry; diff: VersionDiff } | null;
  /** What changed from this version to the latest (null for the latest itself). */
  toLatest: VersionDiff | null;
  /** What changed from the previous version to this one (null for the first). */
  fromPrevious: VersionDiff | null;
  view(): ChartView;
}

/** Each site's versions, by chart id. */
const cacheOf = perSite((): Map<string, ChartVersion[]> => new Map());

/** Every version of chart `id` of the site configured by `config`, oldest first; the latest is the chart as built now. */
export function chartVersions(id: string, config: SiteConfig): ChartVersion[] {
  const cache = cacheOf(config);
  let list = cache.get(id);
  if (list) return list;
  const current = chartView(id, config);
  const { versions } = chartLedger(id, current, chartDefinition(id, config).entryText, config);
  const latest = versions.at(-1)!;
  const csvOf = (e: VersionEntry) => decodeState(e.state).csv;
  const diff = (a: VersionEntry, b: VersionEntry) => diffCsv(csvOf(a), csvOf(b));
  list = versions.map((entry, i) => {
    const isLatest = i === versions.length - 1;
    const next = versions[i + 1];
    return {
      chart: id,
      entry,
      number: i + 1,
      isLatest,
      latest,
      next: next ? { entry: next, diff: diff(entry, next) } : null,
      toLatest: isLatest ? null : diff(entry, latest),
      fromPrevious: i > 0 ? diff(versions[i - 1]!, entry) : null,
      // The latest version is the chart as built now, picker and all.
      view: () => (isLatest ? current : viewOf(id, entry, config, current.caveat)),
    };
  });
  cache.set(id, list);
  return list;
}

/** Every version of every chart. */
export function allVersions(config: SiteConfig): ChartVersion[] {
  return allCharts(config).flatMap((c) => chartVersions(c.id, config));
}

/** "2024 and 2025" */
const years = (ys: number[], html: boolean): SlotValue => {
  const parts = ys.map((y) => (html ? `<time datetime="${y}">${y}</time>` : String(y)));
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return html ? { html: joined } : joined;
};

/** The release a newer version moved to, or null when it draws on the same one. */
const newRelease = (from: VersionEntry, to: VersionEntry) => ((from.release?.id ?? null) !== (to.release?.id ?? null) ? to.release : null);

/** Whether a newer version changed neither the figures nor their release: only the chart's words. */
export function wordsOnly(from: VersionEntry, to: VersionEntry, d: VersionDiff): boolean {
  return newRelease(from, to) === null && d.revised.length + d.addedYears.length + d.removedYears.length + d.addedRows + d.removedRows === 0;
}

/**
 * What changed between two versions in a few words: who (the newer release, a correction)
 * and what it did ("revised 3 values and added 2025"), or that only the words changed.
 */
export function changeText(u: UiRenderer, from: VersionEntry, to: VersionEntry, d: VersionDiff, html: boolean): string {
  const t = u.t.versions;
  const fill = (text: string, slots: Record<string, SlotValue> = {}) => (html ? u.html(text, slots) : u.text(text, slots));
  const count = (n: number): SlotValue => (html ? dataHtml(n) : n);
  // Recorded as a correction (its data file changed) with every value, year and row as
  // before: say so, rather than that only the words changed.
  if (wordsOnly(from, to, d)) return fill(to.reason === "correction" ? t.noValueChanged : t.wordsOnly);
  const release = newRelease(from, to);
  const who = release ? fill(t.byRelease, { release: release.label }) : fill(t.byCorrection);
  const did = [
    d.revised.length > 0 ? fill(d.revised.length === 1 ? t.revisedOne : t.revised, { count: count(d.revised.length) }) : null,
    d.addedYears.length > 0 ? fill(t.added, { years: years(d.addedYears, html) }) : null,
    d.removedYears.length > 0 ? fill(t.removed, { years: years(d.removedYears, html) }) : null,
    d.addedRows + d.removedRows > 0 ? fill(t.rowsChanged) : null,
  ].filter((s): s is string => s !== null);
  const what = did.length === 0 ? fill(t.wordingOnly) : did.length === 1 ? did[0]! : `${did.slice(0, -1).join(", ")} and ${did.at(-1)}`;
  return `${who} ${what}`;
}

/** The "A newer version: ..." line for a version that is not the latest (markup), linking the latest. */
export function newerLine(u: UiRenderer, v: ChartVersion, latestHref: string): string {
  if (v.isLatest || !v.toLatest) return "";
  const t = u.t.versions;
  return u.html(t.newer, { change: { html: changeText(u, v.entry, v.latest, v.toLatest, true) }, latest: linkHtml(latestHref, { html: u.html(t.latest) }) });
}

/** The same line as plain text, with no link (for versions.json, which the embed's script reads). */
export function newerText(u: UiRenderer, v: ChartVersion): string {
  if (v.isLatest || !v.toLatest) return "";
  const t = u.t.versions;
  return u.text(t.newer, { change: changeText(u, v.entry, v.latest, v.toLatest, false), latest: u.text(t.latest) });
}
