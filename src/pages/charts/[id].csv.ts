/** /charts/<id>.csv: exactly the values the chart shows, with source and release columns. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { chartCsv } from "../../charts/outputs/downloads.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) => new Response(chartCsv(chartView(params.id!, locals.site)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
