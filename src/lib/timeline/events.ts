/** The timeline's events from the content collection, sorted and rendered: the one way pages and endpoints get them. */
import { getCollection } from "astro:content";
import { forFile } from "../content/site-markdown.ts";
import { sortEvents, toEvent } from "./event.ts";
import { eventFile, renderEvent, type RenderedEvent } from "./render.ts";
import { contentDir } from "../content/content-dir.ts";
import type { SiteConfig } from "../../config/config.ts";

/** Every timeline event, in date order, its text rendered through the site's markdown (each bound to its file in the configured content folder). */
export async function timelineEvents(config: SiteConfig): Promise<RenderedEvent[]> {
  const dir = contentDir(config);
  const entries = await getCollection("timeline");
  const events = sortEvents(entries.map((e) => toEvent(e.id, e.data)));
  return Promise.all(events.map(async (e) => renderEvent(e, await forFile(eventFile(e.id, dir), config))));
}
