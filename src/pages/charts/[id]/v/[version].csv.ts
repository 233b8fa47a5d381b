/** /charts/<id>/v/<version>.csv: the values one version of a chart showed, as its ledger keeps them. */
import type { APIRoute } from "astro";
import { allCharts } from "../../../../charts/index.ts";
import { chartCsv } from "../../../../charts/downloads.ts";
import { chartVersions } from "../../../../lib/versions/versions.ts";

export function getStaticPaths() {
  return allCharts().flatMap((c) => chartVersions(c.id).map((v) => ({ params: { id: c.id, version: v.entry.version } })));
}

export const GET: APIRoute = ({ params }) => {
  const v = chartVersions(params.id!).find((x) => x.entry.version === params.version)!;
  return new Response(chartCsv(v.view()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
