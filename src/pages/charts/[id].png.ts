/** /charts/<id>.png: the standalone SVG rasterised at build time (for og:image and sharing). */
import type { APIRoute } from "astro";
import { charts, chartView } from "../../charts/index.ts";
import { chartFiles } from "../../charts/downloads.ts";
import { standaloneSvg } from "../../charts/standalone.ts";
import { svgToPng } from "../../charts/png.ts";

export function getStaticPaths() {
  return charts.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const id = params.id!;
  const png = svgToPng(standaloneSvg(chartView(id), new URL(chartFiles(id).page, site).href));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
