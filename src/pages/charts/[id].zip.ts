/** /charts/<id>.zip: the chart's data bundle (CSV, datapackage.json, README). */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { absoluteUrl } from "../../config/config.ts";
import { allCharts, chartView } from "../../charts/index.ts";
import { chartFiles, versionFiles } from "../../charts/outputs/downloads.ts";
import { chartVersions } from "../../features/versions.ts";
import { chartBundle } from "../../charts/outputs/bundle.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) => {
  const id = params.id!;
  const config = locals.site;
  // The citation names the version the bundle holds, as the chart page's does.
  const citeUrl = absoluteUrl(versionFiles(id, chartVersions(id, config).at(-1)!.entry.version).page, config);
  const zip = chartBundle(chartView(id, config), absoluteUrl(chartFiles(id).page, config), config, citeUrl);
  return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/zip" } });
};
