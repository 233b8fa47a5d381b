/**
 * /charts/<id>/areas.json: for a chart with a picker, every area's values as small JSON,
 * which the island fetches only once the reader picks an area (or a link names one).
 */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts } from "../../../charts/index.ts";

export function getStaticPaths() {
  return allCharts(site).filter((c) => c.areaData).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) => {
  const def = allCharts(locals.site).find((c) => c.id === params.id)!;
  return new Response(JSON.stringify(def.areaData!()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
