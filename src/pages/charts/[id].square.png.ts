/** /charts/<id>.square.png: the 1080×1080 image for social posts, offered with the downloads. */
import type { APIRoute } from "astro";
import { siteConfig } from "../../lib/site/config.ts";
import { allCharts, chartView } from "../../charts/index.ts";
import { SQUARE, socialPng } from "../../charts/social-image.ts";
const publicUrl = siteConfig().publicUrl;

export function getStaticPaths() {
  return allCharts().map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(socialPng(chartView(params.id!), SQUARE, new URL(publicUrl.href).host) as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
