/**
 * /compare/<code>.card.png: a council page's 1200×630 share card (og:image), words only
 * (text-card.ts says why), its title naming the council.
 */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { CARD } from "../../charts/outputs/social-image.ts";
import { textCardPng } from "../../charts/outputs/text-card.ts";
import { sourceText } from "../../charts/outputs/standalone.ts";
import { comparePageCodes, councilPage } from "../../features/council-view.ts";

export function getStaticPaths() {
  return comparePageCodes(site).map((code) => ({ params: { code } }));
}

export const GET: APIRoute = async ({ params, locals }) => {
  const { view } = await councilPage(params.code!, locals.site);
  const png = textCardPng({ title: view.title, subtitle: view.subtitle, source: `${sourceText(view)} ${new URL(locals.site.publicUrl.href).host}` }, CARD);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
