/** /oembed/<id>.json: the oEmbed 1.0 "rich" response for each chart. */
import site from "virtual:site/config";
import type { APIRoute, GetStaticPaths } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { oembedResponse } from "../../features/oembed.ts";
import { chartVersions } from "../../features/versions.ts";

export const getStaticPaths: GetStaticPaths = () => allCharts(site).map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, locals }) => {
  const { name, publicUrl } = locals.site;
  const body = oembedResponse({ name, url: publicUrl.href }, chartView(params.id!, locals.site), chartVersions(params.id!, locals.site).at(-1)!.entry.version);
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "content-type": "application/json" } });
};
