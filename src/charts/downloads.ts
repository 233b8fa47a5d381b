/**
 * The files offered beside each chart (CSV, standalone SVG, PNG) and its citation, as
 * plain data for the chart page and the endpoints that write the files.
 */
import Papa from "papaparse";
import type { ChartView } from "./types.ts";
import { sourceText } from "./standalone.ts";

/** Site-relative URLs of a chart's page and files. */
export function chartFiles(id: string): { page: string; csv: string; svg: string; png: string } {
  return { page: `/charts/${id}/`, csv: `/charts/${id}.csv`, svg: `/charts/${id}.svg`, png: `/charts/${id}.png` };
}

/** The CSV of what the chart shows; blank cells are values not published, never zeros. */
export function chartCsv(view: ChartView): string {
  return Papa.unparse({ fields: view.csv.columns, data: view.csv.rows.map((r) => r.map((c) => (c === null ? "" : c))) }, { newline: "\n" }) + "\n";
}

/** "Cite this chart" text: title, site, URL, sources and the build's as-of date. */
export function citation(view: ChartView, pageUrl: string, siteName: string, asOf: string): string {
  return `"${view.title}". ${siteName}. ${pageUrl} (accessed ${asOf}). ${sourceText(view)}`;
}
