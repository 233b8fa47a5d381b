/** /timeline.ics: the dated timeline events as an iCalendar file. */
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { timelineIcs } from "../lib/timeline/ics.ts";
import { ui } from "../lib/content/ui.ts";

export const GET: APIRoute = async ({ locals: { site } }) =>
  new Response(timelineIcs(await timelineEvents(site), { asOf: site.asOf, ui: ui(site), siteUrl: site.publicUrl.href, siteName: site.name, calendarDomain: site.identifiers.calendarDomain }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
