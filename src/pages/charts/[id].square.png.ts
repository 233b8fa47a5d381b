/** /charts/<id>.square.png: the 1080×1080 image for social posts, offered with the downloads. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts, chartView } from "../../charts/index.ts";
import { SQUARE, socialPng } from "../../charts/outputs/social-image.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) =>
  new Response(socialPng(chartView(params.id!, locals.site), SQUARE, new URL(locals.site.publicUrl.href).host) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
