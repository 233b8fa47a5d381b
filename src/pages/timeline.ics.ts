/** /timeline.ics: the dated timeline events as an iCalendar file. */
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { timelineIcs } from "../lib/timeline/ics.ts";
import { siteConfig } from "../lib/site/config.ts";
const publicUrl = siteConfig().publicUrl;

export const GET: APIRoute = async () =>
  new Response(timelineIcs(await timelineEvents(), { asOf: siteConfig().asOf, siteUrl: publicUrl.href }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
