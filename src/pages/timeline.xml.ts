/** /timeline.xml: an RSS feed of the timeline's events, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { timelineEvents } from "../lib/timeline/events.ts";
import { feedItems } from "../lib/timeline/feed.ts";
import { siteConfig } from "../lib/site/config.ts";
const publicUrl = siteConfig().publicUrl;

export const GET: APIRoute = async () =>
  rss({
    title: `${siteConfig().name}: timeline`,
    description: "Events from the 2016 Ofsted inspection to 2024: the children's homes proposal, its meetings and decisions, and the governance of children's services.",
    site: publicUrl.href,
    items: feedItems(await timelineEvents()),
    customData: "<language>en-gb</language>",
    // Item links end in a fragment (/timeline/#id); a slash after it would break the anchor.
    trailingSlash: false,
  });
