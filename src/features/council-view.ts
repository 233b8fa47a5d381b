/**
 * Everything a council's page (/compare/<code>/) and its share image show: the chart drawn
 * for that council, its rank, its neighbours, and its words from content/ui.yaml
 * (`compare`). The pages exist only on a site with a chart of the similar-councils kind:
 * that chart's data (the all-councils dataset) is what they draw.
 */
import { MEASURE, UNIT } from "../lib/data/looked-after-terms.ts";
import { allCharts, sourceCatalogue } from "../charts/index.ts";
import { councilChartView, sharedDrawing, type CouncilWords, type SharedDrawing } from "../charts/kinds/council-compare.ts";
import type { ChartView } from "../charts/types.ts";
import { typesetView } from "../charts/typeset-view.ts";
import { series, type StatisticalNeighbour } from "../lib/data/index.ts";
import { perSite } from "../config/per-site.ts";
import { theArea, type SiteConfig } from "../config/config.ts";
import { timeHtml, uiRenderer } from "../lib/content/ui-render.ts";
import { featureWords } from "../lib/content/ui.ts";
import { areaNameInProse } from "../format/area-name.ts";
import { compareYears, councilFor, councils, councilsWithNeighbours, latestRank, neighboursOf, placeText, rankOf, type Council, type Rank } from "../lib/compare/council-pages.ts";

/** The site's chart these pages belong to (its kind draws the same data), if it has one. */
export function compareChartId(config: SiteConfig): string | undefined {
  return allCharts(config).find((c) => c.kind === "similar-councils")?.id;
}

/** The codes of every council page; none on a site without the similar-councils chart. */
export function comparePageCodes(config: SiteConfig): string[] {
  return compareChartId(config) === undefined ? [] : councils(config).map((c) => c.code);
}

export { compareFiles } from "../charts/outputs/downloads.ts";


export interface CouncilPage {
  council: Council;
  rank: Rank | null;
  neighbours: StatisticalNeighbour[];
  view: ChartView;
  /** Plain-text description for the page's meta tags. */
  description: string;
}

/** Each site's council pages, by code, and the drawing they share, drawn once a build (council-compare.ts). */
const built = perSite((): { pages: Map<string, Promise<CouncilPage>>; shared?: SharedDrawing } => ({ pages: new Map() }));

/** The page of the council with `code`, for the site configured by `config`; throws for a code with no page. */
export function councilPage(code: string, config: SiteConfig): Promise<CouncilPage> {
  const { pages } = built(config);
  let p = pages.get(code);
  if (!p) pages.set(code, (p = build(code, config)));
  return p;
}

async function build(code: string, config: SiteConfig): Promise<CouncilPage> {
  const council = councilFor(code, config);
  const chartId = compareChartId(config);
  if (!council || council.code !== code || !chartId) throw new Error(`/compare/${code}/: no council with this code in data/looked-after-councils.csv`);
  const u = await uiRenderer(config);
  const t = u.t.compare;
  const years = compareYears(config);
  const [from, to] = [years[0]!, years.at(-1)!];
  const nation = theArea("nation", config);
  const rank = latestRank(code, config);
  const neighbours = neighboursOf(code, config);
  // Sentences name the council as prose does ("City of Bristol"); the chart and table keep DfE's name.
  const named = areaNameInProse(council.name);
  const slots = { council: named, nation: nation.name, from, to };
  const title = rank ? u.text(featureWords(t.title, "compare.title", config), { council: named, year: rank.year, place: placeText(rank), of: rank.of }) : u.text(t.titleNone, slots);
  const words: CouncilWords = {
    title,
    subtitle: [u.text(neighbours.length > 0 ? t.subtitleNeighbours : t.subtitle, slots), ...(rank ? [u.text(t.ranked, { nation: nation.name, year: rank.year, of: rank.of })] : [])].join(". "),
    alt: u.text(t.alt, slots),
    caption: u.text(neighbours.length > 0 ? t.captionNeighbours : t.caption, slots),
    rankRow: u.text(t.rankRow, slots),
    rankMeasure: ((m) => ({ counted: u.text(m.counted), when: u.text(m.when), short: u.text(m.short), group: u.text(m.group) }))(featureWords(t.rankMeasure, "compare.rankMeasure", config)),
    neighbours: u.text(t.neighboursSeries),
    context: u.text(t.contextSeries),
    axisLabel: u.text(t.axisLabel),
    unit: u.text(t.unit),
    offScale: u.text(t.offScale),
    charts: u.t.charts,
    notes: [u.text(t.rankNote), u.text(t.missingNote)],
  };
  const data = {
    council,
    others: councils(config),
    nation: { code: nation.code, name: nation.name, rates: series(nation.code, MEASURE.lookedAfter, UNIT.rate, config, from, to) },
    neighbours,
    years,
    rank: (code: string, year: number) => rankOf(code, year, config),
  };
  const site = built(config);
  site.shared ??= sharedDrawing(chartId, data, words);
  const view = typesetView(councilChartView(chartId, data, words, sourceCatalogue(config), site.shared));
  return { council, rank, neighbours, view, description: view.subtitle };
}

/** The words about a council's statistical neighbours: listed, or said plainly to be missing. */
export async function neighboursText(page: CouncilPage, config: SiteConfig): Promise<{ listed: boolean; html: string }> {
  const u = await uiRenderer(config);
  const t = u.t.compare;
  const first = page.neighbours[0];
  if (first) return { listed: true, html: u.html(t.neighboursListed, { council: areaNameInProse(page.council.name), date: timeHtml(first.groupingDate) }) };
  const listed = councilsWithNeighbours(config).map((c) => c.name);
  return { listed: false, html: u.html(t.neighboursNone, { council: areaNameInProse(page.council.name), nation: theArea("nation", config).name, listed: listed.join(", ") }) };
}
