/** Timeline events as feed items: newest first, each linking to its entry on /timeline/. */
import type { RSSFeedItem } from "@astrojs/rss";
import { anchorId, eventDateLabel, sortEvents, type TimelineEvent } from "./event.ts";
import type { Ui } from "../content/ui.ts";

/**
 * Feed items. RSS's pubDate is a full date and time, so only an event dated to the day
 * has one (its first day). An event dated to a month or a year has none, rather than an
 * invented first of the month: its title starts with the date as published ("October
 * 2024: …"), and its order in the feed is the timeline's. Undated events have none either.
 */
export function feedItems(events: TimelineEvent[], names: Ui["names"]): RSSFeedItem[] {
  return sortEvents(events)
    .reverse()
    .map((e) => ({
      title: `${eventDateLabel(e, names)}: ${e.title}`,
      link: `/timeline/#${anchorId(e.id)}`,
      pubDate: e.date !== null && e.precision === "day" ? new Date(`${e.date}T00:00:00Z`) : undefined,
      description: e.dateNote ? `${e.summary} About the date: ${e.dateNote}` : e.summary,
      categories: [e.kind],
    }));
}
