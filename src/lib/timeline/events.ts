/** The timeline's events from the content collection, sorted: the one way pages and endpoints get them. */
import { getCollection } from "astro:content";
import { sortEvents, toEvent, type TimelineEvent } from "./event.ts";

/** Every timeline event, in date order. */
export async function timelineEvents(): Promise<TimelineEvent[]> {
  const entries = await getCollection("timeline");
  return sortEvents(entries.map((e) => toEvent(e.id, e.data)));
}
