/** /timeline.ics: the dated timeline events as an iCalendar file. */
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { timelineIcs } from "../lib/timeline/ics.ts";
import { siteAsOf } from "../lib/site/as-of.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(timelineIcs(await timelineEvents(), { asOf: siteAsOf(), siteUrl: String(site) }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
