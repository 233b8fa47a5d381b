/**
 * The schema of one timeline event (a file in content/timeline/). Dates keep their
 * precision: a day, a month or a year as published, or no date at all when none is
 * published; nothing is ever rounded to a made-up day.
 */
import { z } from "astro/zod";
import { isIsoDay } from "../format/date.ts";
import { webUrl } from "./web-url.ts";

/** What sort of event it is; the timeline draws one lane per kind, in this order. */
export const EVENT_KINDS = ["announcement", "meeting", "decision", "consultation window", "inspection", "governance", "publication"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How much of the date is published. */
export const PRECISIONS = ["day", "month", "year", "not published"] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN: Record<Exclude<Precision, "not published">, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

const FORM = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" } as const;

// YAML reads an unquoted 2018-10-18 as a Date and 2024 as a number; both mean the text.
const dateText = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "number" ? String(v) : v),
  z.string(),
);

/** A link to an official record (a meeting page, minutes, a report). */
export const recordLinkSchema = z.object({
  /** What the link leads to, e.g. "Cabinet, 18 October 2018: meeting page". */
  label: z.string().min(1),
  /** The record's address. */
  url: webUrl(),
});

/** What the schema needs to know of a source to check an attribution. */
export interface KnownSource {
  publisher: string;
  kind: string;
}


/** Whether only the press reports an event: marked so, or (unmarked) every source found is a press report. */
export function isPressOnly(e: { confidence?: "read" | "press" | undefined }, found: readonly KnownSource[]): boolean {
  return e.confidence === "press" || (e.confidence === undefined && found.length > 0 && found.every((s) => s.kind === "press"));
}

/** The papers among an event's sources, each by name ("Example Gazette / Example Times" is two). */
export function pressNames(found: readonly KnownSource[]): string[] {
  return found.filter((s) => s.kind === "press").flatMap((s) => s.publisher.split(" / "));
}

/**
 * The event schema, checking source ids against the ones the site knows (data/sources.csv),
 * so a misspelt id stops the build with the entry's file named in Astro's error. Given the
 * sources themselves (a map), it also refuses a headline that states as fact what only the
 * press reported: such a title must name the paper ("the local press" is not enough).
 */
export function timelineEventSchema(knownSources: ReadonlySet<string> | ReadonlyMap<string, KnownSource>) {
  const known = (id: string) => knownSources.has(id);
  return z
    .object({
      /** A short title, in the project's own words. */
      title: z.string().min(1),
      /** What sort of event it is. */
      kind: z.enum(EVENT_KINDS),
      /** How much of the date is published. */
      precision: z.enum(PRECISIONS),
      /** The (first) date, as precise as published: YYYY-MM-DD, YYYY-MM or YYYY. Absent when not published. */
      date: dateText.optional(),
      /** The last date of an event that spans days or months, at the same precision. */
      end: dateText.optional(),
      /** The earliest the event can have happened, for an event whose date is not published (YYYY-MM-DD). */
      notBefore: dateText.optional(),
      /** Whether the record states the date, or we inferred it; an inferred date reads "(inferred)" wherever it is shown. */
      dateStatus: z.enum(["recorded", "inferred"]).default("recorded"),
      /**
       * How sure the headline is: "read" in an official record, or "press" when only a press
       * report says it happened. Defaults to "press" when every source is a press report.
       */
      confidence: z.enum(["read", "press"]).optional(),
      /** Why the date is what it is, where that needs saying (inferred, reported by the press, not published). */
      dateNote: z.string().min(1).optional(),
      /** One or two sentences in the project's own words. */
      summary: z.string().min(1).max(600),
      /** Links to the official record of the event: meeting page, minutes, report. */
      records: z.array(recordLinkSchema).default([]),
      /** Ids of the sources the event is taken from (rows of data/sources.csv); at least one. */
      sources: z.array(z.string().min(1)).min(1),
      /** A turning point, listed under "Where things stand" on the home page once past. */
      milestone: z.boolean().default(false),
      /**
       * Words that state this event as a fact ("in-house", "voted in favour"). Required for an
       * event only the press reports: after the build, every sentence in every built file
       * (pages, titles, descriptions, the feed, the calendar, JSON, images' text) that holds one
       * of them must name the paper (scripts/postbuild/press-attribution.ts).
       */
      statedAs: z.array(z.string().min(3)).default([]),
    })
    .superRefine((e, ctx) => {
      for (const [i, id] of e.sources.entries()) {
        if (!known(id)) ctx.addIssue({ code: "custom", path: ["sources", i], message: `unknown source id "${id}" (not in data/sources.csv)` });
      }
      if (e.dateStatus === "inferred" && e.dateNote === undefined) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "an inferred date must say how it was inferred" });
      if (knownSources instanceof Map) {
        const found = e.sources.map((id) => knownSources.get(id)).filter((s): s is KnownSource => s !== undefined);
        const pressOnly = isPressOnly(e, found);
        const names = pressNames(found);
        const title = e.title.toLowerCase();
        if (pressOnly && !names.some((n) => title.includes(n.toLowerCase())))
          ctx.addIssue({ code: "custom", path: ["title"], message: `only the press reports this: name the paper in the title (${names.length ? names.map((n) => `"${n}"`).join(" or ") : "the publisher"})` });
        if (pressOnly && e.statedAs.length === 0)
          ctx.addIssue({ code: "custom", path: ["statedAs"], message: "only the press reports this: list the words that state it (e.g. [voted in favour]), so the build can check that every sentence using them names the paper" });
      }
      if (e.precision === "not published") {
        if (e.date !== undefined || e.end !== undefined) ctx.addIssue({ code: "custom", path: ["date"], message: 'an event whose date is "not published" has no date or end' });
        if (e.notBefore === undefined || !isIsoDay(e.notBefore)) ctx.addIssue({ code: "custom", path: ["notBefore"], message: "required as YYYY-MM-DD when the date is not published" });
        if (e.dateNote === undefined) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "say what is and is not published about the date" });
        return;
      }
      const pattern = PATTERN[e.precision];
      const valid = (d: string) => pattern.test(d) && isIsoDay(e.precision === "day" ? d : e.precision === "month" ? `${d}-01` : `${d}-01-01`);
      if (e.date === undefined || !valid(e.date)) ctx.addIssue({ code: "custom", path: ["date"], message: `expected a real ${e.precision} as ${FORM[e.precision]}` });
      if (e.end !== undefined) {
        if (!valid(e.end)) ctx.addIssue({ code: "custom", path: ["end"], message: `expected a real ${e.precision} as ${FORM[e.precision]}, like date` });
        else if (e.date !== undefined && e.end <= e.date) ctx.addIssue({ code: "custom", path: ["end"], message: "must be after date" });
      }
      if (e.notBefore !== undefined) ctx.addIssue({ code: "custom", path: ["notBefore"], message: "only for events whose date is not published" });
    });
}

/** One event as the schema returns it. */
export type TimelineEventData = z.infer<ReturnType<typeof timelineEventSchema>>;
