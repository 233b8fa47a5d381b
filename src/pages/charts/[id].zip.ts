/** /charts/<id>.zip: the chart's data bundle (CSV, datapackage.json, README). */
import type { APIRoute } from "astro";
import { absoluteUrl } from "../../lib/site/config.ts";
import { allCharts, chartView } from "../../charts/index.ts";
import { chartFiles, versionFiles } from "../../charts/downloads.ts";
import { chartVersions } from "../../lib/versions/versions.ts";
import { chartBundle } from "../../charts/bundle.ts";

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals: { site } }) => {
  const id = params.id!;
  // The citation names the version the bundle holds, as the chart page's does.
  const citeUrl = absoluteUrl(versionFiles(id, chartVersions(id).at(-1)!.entry.version).page, site);
  const zip = chartBundle(chartView(id), absoluteUrl(chartFiles(id).page, site), site.name, site.asOf, citeUrl);
  return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/zip" } });
};
