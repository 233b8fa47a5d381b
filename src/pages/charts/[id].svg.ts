/** /charts/<id>.svg: the chart as a standalone file with its title and sources inside. */
import type { APIRoute } from "astro";
import { charts, chartView } from "../../charts/index.ts";
import { chartFiles } from "../../charts/downloads.ts";
import { standaloneSvg } from "../../charts/standalone.ts";

export function getStaticPaths() {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const id = params.id!;
  return new Response(standaloneSvg(chartView(id), new URL(chartFiles(id).page, site).href), { headers: { "Content-Type": "image/svg+xml" } });
};
