/**
 * The registry of charts: one per entry in the site's content/charts/, in story order. A
 * chart listed here gets a page at /charts/<id>/; its kind is built only because the
 * site's content names it.
 */
import type { SiteConfig } from "../config/config.ts";
import { perSite } from "../config/per-site.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartView } from "./types.ts";
import { bindEntry, bindText } from "./bind.ts";
import { figureRegistry, figureText } from "../lib/figures/site-registry.ts";
import { loadChartEntries, type LoadedEntry } from "./entries.ts";
import { kinds } from "./kinds/index.ts";
import { typesetView } from "./typeset-view.ts";
import { typeset } from "../format/typography.ts";
import { source } from "../lib/data/index.ts";
import { ui } from "../lib/content/ui.ts";
import { revisionOf } from "../lib/data/revisions.ts";
import type { SourceCatalogue } from "./chart-definition.ts";

/** The site's catalogue of sources (data/sources.csv), as every kind is handed it. */
export const sourceCatalogue = (config: SiteConfig): SourceCatalogue => ({ source: (id) => source(id, config), revision: (v) => revisionOf(v, config) });

/**
 * The view with the entry's caveat, bound like its other words (a kind binds its own
 * fields; the caveat is every chart's, so it is added here, once, for all kinds).
 */
function withCaveat(view: ChartView, e: LoadedEntry, figures: (key: string) => string | undefined): ChartView {
  const caveat = e.entry.caveat;
  if (caveat === undefined) return view;
  return { ...view, caveat: bindText(caveat, {}, { file: e.file, text: e.text }, "caveat", figures) };
}

/** A registry entry for one content entry: its kind, fed the data its glue gathers for the site configured by `config`. */
function definition(e: LoadedEntry, config: SiteConfig): ChartDefinition {
  const k = kinds[e.entry.kind]!;
  let data: unknown;
  const gathered = () => (data ??= k.gather(e.entry, config));
  const figures = (key: string) => figureText(figureRegistry(config.paths.content, config), key);
  const sources = sourceCatalogue(config);
  const input = () => ({ id: e.id, entry: e.entry, data: gathered(), sources, ui: ui(config), text: (values: Parameters<typeof bindEntry>[1]) => bindEntry(e.entry, values, { file: e.file, text: e.text }, figures) });
  const areaData = k.chart.areaData;
  return {
    id: e.id,
    kind: e.entry.kind,
    order: e.entry.order,
    // Typeset as the chart's other words are: the topic is linked from pages that do not show the chart.
    topic: typeset(e.entry.topic),
    entryText: e.text,
    build: () => typesetView(withCaveat(k.chart.build(input()), e, figures)),
    ...(areaData ? { areaData: () => areaData(gathered(), e.entry, sources) } : {}),
  };
}

/** Every chart of the site configured by `config`, in the order the story tells them: read from its content on first use, not on import. */
export const allCharts: (config: SiteConfig) => readonly ChartDefinition[] = perSite((config) => loadChartEntries(config.paths.content).map((e) => definition(e, config)));

/** Each site's drawn views, by chart id. */
const viewsOf = perSite((): Map<string, ChartView> => new Map());

/** The chart with this id; throws for an id the site's content does not list. */
export function chartDefinition(id: string, config: SiteConfig): ChartDefinition {
  const def = allCharts(config).find((c) => c.id === id);
  if (!def) throw new Error(`unknown chart id "${id}" (a site's charts are the entries of its content/charts/)`);
  return def;
}

/** The built view of a chart, drawn once per build however many pages show it. */
export function chartView(id: string, config: SiteConfig): ChartView {
  const views = viewsOf(config);
  let view = views.get(id);
  if (!view) {
    view = chartDefinition(id, config).build();
    views.set(id, view);
  }
  return view;
}

/** The link text for a chart id; throws for an id the site does not have. */
export function chartTopic(id: string, config: SiteConfig): string {
  return chartDefinition(id, config).topic;
}
