/**
 * Stable chart URLs. Once an id is published, /charts/<id>/, /embed/<id>/ and
 * /oembed/<id>.json must keep answering for as long as the site exists: from the chart
 * itself or through a redirect to the chart that replaced it. The build checks this and
 * stops when a published id has neither. Each site keeps its own list, with its redirects,
 * in content/published-charts.yaml; until a site has that file, its charts as they stand
 * are all it has published.
 */
import { loadChartEntries, loadLedger } from "../entries.ts";

export interface ChartIds {
  /** Ids live on the site; they must always resolve. */
  published: readonly string[];
  /** Ids fixed in advance but not built yet. */
  planned: readonly string[];
}

export interface ChartRedirect {
  from: string;
  to: string;
}

/** This site's ids, its redirects and the file that lists them. */
export interface SiteChartIds {
  ids: ChartIds;
  redirects: readonly ChartRedirect[];
  /** Where they are written, for messages. */
  file: string;
}

let cached: { content: string; ids: SiteChartIds } | undefined;

/**
 * The ids of the site whose content folder is `content`: published ones from its ledger (none planned: an entry in content/charts/
 * is built). Read on first call, not on import, so the build can check content first.
 */
export function siteChartIds(content: string): SiteChartIds {
  if (cached?.content !== content) {
    const ledger = loadLedger(content);
    cached = { content, ids: { ids: { published: ledger.exists ? ledger.published : loadChartEntries(content).map((e) => e.id), planned: [] }, redirects: ledger.redirects, file: ledger.file } };
  }
  return cached.ids;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every way the id lists, the redirects and the built charts disagree, as messages
 * naming the file and id; empty when URLs are stable.
 */
export function stableIdProblems(ids: ChartIds, redirects: readonly ChartRedirect[], built: readonly string[], file = "content/published-charts.yaml"): string[] {
  const [P, R] = [`${file} published`, `${file} redirects`];
  const problems: string[] = [];
  const builtSet = new Set(built);
  const published = new Set(ids.published);
  const redirectFrom = new Map(redirects.map((r) => [r.from, r.to]));
  for (const id of [...ids.published, ...ids.planned]) {
    if (!ID.test(id)) problems.push(`${P}: "${id}": not a lowercase, hyphenated id`);
  }
  for (const id of ids.planned) {
    if (published.has(id)) problems.push(`${P}: "${id}": listed as both published and planned`);
  }
  for (const id of built) {
    if (!published.has(id)) problems.push(`${P}: "${id}": the chart is built but its id is not in "published"; add it`);
  }
  for (const r of redirects) {
    if (builtSet.has(r.from)) problems.push(`${R}: "${r.from}": redirects away from a chart that is still built`);
    if (!published.has(r.from)) problems.push(`${R}: "${r.from}": only published ids need a redirect; add it to ${P}`);
    if (!builtSet.has(r.to)) problems.push(`${R}: "${r.from}" → "${r.to}": the target is not a built chart`);
  }
  if (redirectFrom.size !== redirects.length) problems.push(`${R}: an id is redirected more than once`);
  for (const id of ids.published) {
    if (!builtSet.has(id) && !redirectFrom.has(id)) {
      problems.push(`${P}: "${id}": published, but no chart has this id (no entry in content/charts/) and ${R} has no redirect for it`);
    }
  }
  return problems;
}
