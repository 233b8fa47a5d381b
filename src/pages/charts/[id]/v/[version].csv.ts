/** /charts/<id>/v/<version>.csv: the values one version of a chart showed, as its ledger keeps them. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts } from "../../../../charts/index.ts";
import { chartCsv } from "../../../../charts/outputs/downloads.ts";
import { chartVersions } from "../../../../features/versions.ts";

export function getStaticPaths() {
  return allCharts(site).flatMap((c) => chartVersions(c.id, site).map((v) => ({ params: { id: c.id, version: v.entry.version } })));
}

export const GET: APIRoute = ({ params, locals }) => {
  const v = chartVersions(params.id!, locals.site).find((x) => x.entry.version === params.version)!;
  return new Response(chartCsv(v.view()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
