/** /oembed/<id>.json: the oEmbed 1.0 "rich" response for each chart. */
import type { APIRoute, GetStaticPaths } from "astro";
import { charts, chartView } from "../../charts/index.ts";
import { oembedResponse } from "../../lib/site/oembed.ts";
import { siteConfig } from "../../lib/site/config.ts";
import { chartVersions } from "../../lib/versions/versions.ts";
const publicUrl = siteConfig().publicUrl;

export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const body = oembedResponse(publicUrl.href, chartView(params.id!), chartVersions(params.id!).at(-1)!.entry.version);
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "content-type": "application/json" } });
};
