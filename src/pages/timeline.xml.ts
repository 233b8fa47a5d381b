/** /timeline.xml: an RSS feed of the timeline's events, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { timelineYears } from "../lib/timeline/years.ts";
import { feedItems } from "../lib/timeline/feed.ts";
import { uiRenderer } from "../lib/content/ui-render.ts";

export const GET: APIRoute = async ({ locals: { site } }) => {
  const events = await timelineEvents(site);
  const u = await uiRenderer(site);
  return rss({
    title: u.text(u.t.timeline.feedTitle, { name: site.name }),
    description: u.text(u.t.timeline.feedDescription, timelineYears(events)),
    site: site.publicUrl.href,
    items: feedItems(events, u.t.names),
    customData: "<language>en-gb</language>",
    // Item links end in a fragment (/timeline/#id); a slash after it would break the anchor.
    trailingSlash: false,
  });
};
