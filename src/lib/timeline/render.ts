/**
 * Timeline text goes through the site's one markdown setup, so its figures, dates and
 * identifiers are bound ({{key}}, {{date:…}}, {{label:…}}) and an unbound number stops
 * the build naming the event's YAML file and line. Pages show the HTML; the calendar,
 * feed and drawing take the plain text of the same markdown.
 */
import type { TimelineEvent } from "./event.ts";

/** Inline and plain renderers for one content file (see lib/content/site-markdown.ts forFile). */
export interface InlineRenderer {
  inline(text: string): string;
  plain(text: string): string;
}

/** The event's prose as HTML, for the list. */
export interface EventHtml {
  title: string;
  summary: string;
  dateNote: string | null;
  records: string[];
}

/** An event whose text fields are plain text, with their HTML alongside. */
export type RenderedEvent = TimelineEvent & { html: EventHtml };

/** The content file an event comes from, relative to the repository root. */
export const eventFile = (id: string, dir: string): string => `${dir}/timeline/${id}.yaml`;

/** Renders every prose field of `e` with `r` (bound to the event's file). */
export function renderEvent(e: TimelineEvent, r: InlineRenderer): RenderedEvent {
  return {
    ...e,
    title: r.plain(e.title),
    summary: r.plain(e.summary),
    dateNote: e.dateNote === null ? null : r.plain(e.dateNote),
    records: e.records.map((rec) => ({ ...rec, label: r.plain(rec.label) })),
    html: {
      title: r.inline(e.title),
      summary: r.inline(e.summary),
      dateNote: e.dateNote === null ? null : r.inline(e.dateNote),
      records: e.records.map((rec) => r.inline(rec.label)),
    },
  };
}
