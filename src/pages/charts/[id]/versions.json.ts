/**
 * /charts/<id>/versions.json: the chart's versions, newest last, each with the line a
 * pinned embed of it shows when it is not the latest. A pinned embed reads it, from this
 * site only, so a page cached before a newer version still learns of it.
 */
import site from "virtual:site/config";
import type { APIRoute } from "astro";
import { allCharts } from "../../../charts/index.ts";
import { chartFiles } from "../../../charts/outputs/downloads.ts";
import { uiRenderer } from "../../../lib/content/ui-render.ts";
import { chartVersions, newerText } from "../../../features/versions.ts";

export function getStaticPaths() {
  return allCharts(site).map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params, locals }) => {
  const u = await uiRenderer(locals.site);
  const versions = chartVersions(params.id!, locals.site);
  const body = {
    latest: versions.at(-1)!.entry.version,
    page: chartFiles(params.id!).page,
    versions: versions.map((v) => ({ version: v.entry.version, recorded: v.entry.recorded, reason: v.entry.reason, newer: newerText(u, v) || null })),
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
};
