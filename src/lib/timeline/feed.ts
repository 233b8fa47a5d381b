/** Timeline events as feed items: newest first, each linking to its entry on /timeline/. */
import type { RSSFeedItem } from "@astrojs/rss";
import { anchorId, eventBounds, eventDateLabel, sortEvents, type TimelineEvent } from "./event.ts";

/** Feed items; an event's publication date is its earliest possible day, and undated events have none. */
export function feedItems(events: TimelineEvent[]): RSSFeedItem[] {
  return sortEvents(events)
    .reverse()
    .map((e) => ({
      title: `${eventDateLabel(e)}: ${e.title}`,
      link: `/timeline/#${anchorId(e.id)}`,
      pubDate: e.date === null ? undefined : new Date(`${eventBounds(e).earliest}T00:00:00Z`),
      description: e.dateNote ? `${e.summary} About the date: ${e.dateNote}` : e.summary,
      categories: [e.kind],
    }));
}
