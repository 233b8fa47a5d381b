/** /timeline.xml: an RSS feed of the timeline's events, newest first. */
import { SITE_NAME } from "../lib/site/site-name.ts";
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { feedItems } from "../lib/timeline/feed.ts";
import { publicUrl } from "../lib/site/public-url.ts";

export const GET: APIRoute = async () =>
  rss({
    title: `${SITE_NAME}: timeline`,
    description: "Events from the 2016 Ofsted inspection to 2024: the children's homes proposal, its meetings and decisions, and the governance of children's services.",
    site: publicUrl.href,
    items: feedItems(await timelineEvents()),
    customData: "<language>en-gb</language>",
    // Item links end in a fragment (/timeline/#id); a slash after it would break the anchor.
    trailingSlash: false,
  });
