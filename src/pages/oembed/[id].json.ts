/** /oembed/<id>.json: the oEmbed 1.0 "rich" response for each chart. */
import type { APIRoute, GetStaticPaths } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { oembedResponse } from "../../lib/site/oembed.ts";
import { chartVersions } from "../../lib/versions/versions.ts";

export const getStaticPaths: GetStaticPaths = () => allCharts().map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, locals }) => {
  const { name, publicUrl } = locals.site;
  const body = oembedResponse({ name, url: publicUrl.href }, chartView(params.id!), chartVersions(params.id!).at(-1)!.entry.version);
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "content-type": "application/json" } });
};
