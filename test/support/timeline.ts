/** The project's timeline events read straight from content/ (no Astro), for unit tests. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse } from "yaml";
import { timelineEventSchema } from "../../src/schemas/timeline.ts";
import { sortEvents, toEvent, type TimelineEvent } from "../../src/lib/timeline/event.ts";
import { sources } from "../../src/lib/data/index.ts";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..", "..");

/** Every event in content/timeline/, validated and sorted as the site does. */
export function projectEvents(): TimelineEvent[] {
  const dir = join(ROOT, "content", "timeline");
  const schema = timelineEventSchema(new Set(sources().map((s) => s.id)));
  return sortEvents(readdirSync(dir).filter((n) => n.endsWith(".yaml")).map((n) => toEvent(basename(n, ".yaml"), schema.parse(parse(readFileSync(join(dir, n), "utf8"))))));
}

/** A minimal event for tests; override what matters. */
export function event(over: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: "e", title: "An event", kind: "meeting", precision: "day", date: "2018-10-18", end: null, notBefore: null, dateNote: null, summary: "s", records: [], sources: ["wcc-cabinet-2018-10-18"], ...over };
}
