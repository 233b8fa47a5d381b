/** /timeline.ics: the dated timeline events as an iCalendar file. */
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { timelineIcs } from "../lib/timeline/ics.ts";
import { siteAsOf } from "../lib/site/as-of.ts";
import { publicUrl } from "../lib/site/public-url.ts";

export const GET: APIRoute = async () =>
  new Response(timelineIcs(await timelineEvents(), { asOf: siteAsOf(), siteUrl: publicUrl.href }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
