/** /charts/<id>.card.png: the 1200×630 share card, the page's og:image and twitter:image. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { CARD, socialPng } from "../../charts/outputs/social-image.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) =>
  new Response(socialPng(chartView(params.id!, locals.site), CARD, new URL(locals.site.publicUrl.href).host) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
