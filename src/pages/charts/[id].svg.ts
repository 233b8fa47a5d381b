/** /charts/<id>.svg: the chart as a standalone file with its title and sources inside. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts } from "../../charts/index.ts";
import { standaloneChartSvg } from "../../charts/outputs/standalone-file.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) => new Response(standaloneChartSvg(params.id!, locals.site), { headers: { "Content-Type": "image/svg+xml" } });
