/** /charts/<id>.png: the chart's standalone SVG (the same document as /charts/<id>.svg) rasterised at build time, for og:image and sharing. */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts } from "../../charts/index.ts";
import { standaloneChartSvg } from "../../charts/outputs/standalone-file.ts";
import { svgToPng } from "../../charts/outputs/png.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, locals }) => {
  const png = svgToPng(standaloneChartSvg(params.id!, locals.site));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
