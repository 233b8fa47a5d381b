/** /charts/<id>.csv: exactly the values the chart shows, with source and release columns. */
import type { APIRoute } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { chartCsv } from "../../charts/downloads.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) => new Response(chartCsv(chartView(params.id!)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
