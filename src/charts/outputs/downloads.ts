/**
 * The files offered beside each chart (CSV, standalone SVG, PNG) and its citation, as
 * plain data for the chart page and the endpoints that write the files.
 */
import { downloadCsv } from "../../lib/data/write-csv.ts";
import type { ChartView } from "../types.ts";
import { sourceText } from "./standalone.ts";

/** Site-relative URLs of a chart's pages and files: the one place a chart's URLs are made. */
export interface ChartFiles {
  page: string;
  /** The page a host site shows in an iframe. */
  embed: string;
  /** The oEmbed 1.0 response. */
  oembed: string;
  /** The values a chart with a picker loads once an area is picked. */
  areas: string;
  csv: string;
  svg: string;
  png: string;
  /** The 1200×630 share card (og:image, twitter:image). */
  card: string;
  /** The 1080×1080 square image for posts. */
  square: string;
  /** The data bundle: CSV, datapackage.json and README. */
  zip: string;
}

/** The addresses of one version of a chart (src/features/versions.ts): its page, its embed and its CSV. */
export const versionFiles = (id: string, version: string) => ({
  page: `/charts/${id}/v/${version}/`,
  embed: `/embed/${id}/v/${version}/`,
  csv: `/charts/${id}/v/${version}.csv`,
});

/** Where each council's page lives (/compare/<code>/, src/pages/compare/) and its share card. */
export const COMPARE_BASE = "/compare/";
export const compareFiles = (code: string) => ({ page: `${COMPARE_BASE}${code}/`, card: `${COMPARE_BASE}${code}.card.png` });

export function chartFiles(id: string): ChartFiles {
  const base = `/charts/${id}`;
  return {
    page: `${base}/`,
    embed: `/embed/${id}/`,
    oembed: `/oembed/${id}.json`,
    areas: `${base}/areas.json`,
    csv: `${base}.csv`,
    svg: `${base}.svg`,
    png: `${base}.png`,
    card: `${base}.card.png`,
    square: `${base}.square.png`,
    zip: `${base}.zip`,
  };
}

/**
 * The CSV of what the chart shows, in the download form (a byte-order mark, formula-like
 * text escaped, values as numbers); blank cells are values not published, never zeros.
 */
export function chartCsv(view: ChartView): string {
  return downloadCsv(view.csv.columns, view.csv.rows);
}

/** "Cite this chart" text: title, site, URL, sources and the build's as-of date. */
export function citation(view: ChartView, pageUrl: string, siteName: string, asOf: string): string {
  return `“${view.title}”. ${siteName}. ${pageUrl} (accessed ${asOf}). ${sourceText(view)}`;
}
