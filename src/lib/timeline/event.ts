/**
 * Timeline events as plain objects, and what follows from their dates: the span of days
 * they can fall in, their state relative to the as-of date, and how to say their date.
 */
import { EVENT_KINDS, type EventKind, type Precision, type TimelineEventData } from "../../schemas/timeline.ts";
import { formatIsoDate, formatIsoRange } from "../../format/date.ts";
import { fillSlots, type Ui } from "../content/ui.ts";
import type { IsoDate } from "../../config/as-of.ts";

/** One event, normalised: every optional field is null rather than absent. */
export interface TimelineEvent {
  /** Stable id (the content file's name): anchors, calendar UIDs and feed ids use it. */
  id: string;
  title: string;
  kind: EventKind;
  precision: Precision;
  date: string | null;
  end: string | null;
  notBefore: string | null;
  /** Whether the record states the date or we inferred it. */
  dateStatus: "recorded" | "inferred";
  dateNote: string | null;
  summary: string;
  records: { label: string; url: string }[];
  sources: string[];
  /** Listed under "Where things stand" on the home page once past. */
  milestone: boolean;
}

/**
 * The event's anchor on /timeline/. File names start with a date, and an HTML id should
 * start with a letter (CSS selectors and html-validate's valid-id), so anchors get a prefix.
 * Calendar UIDs keep the bare id, so they never change.
 */
export function anchorId(id: string): string {
  return `event-${id}`;
}

/** Past, upcoming, under way on the as-of date, or not determinable because no date is published. */
export type EventState = "past" | "upcoming" | "ongoing" | "undetermined";

/** An event from its collection entry. */
export function toEvent(id: string, d: TimelineEventData): TimelineEvent {
  return {
    id,
    title: d.title,
    kind: d.kind,
    precision: d.precision,
    date: d.date ?? null,
    end: d.end ?? null,
    notBefore: d.notBefore ?? null,
    dateStatus: d.dateStatus,
    dateNote: d.dateNote ?? null,
    summary: d.summary,
    records: d.records,
    sources: d.sources,
    milestone: d.milestone,
  };
}

function firstDay(iso: string): IsoDate {
  const [y, m = "01", d = "01"] = iso.split("-");
  return `${y}-${m}-${d}`;
}

function lastDay(iso: string): IsoDate {
  const [y, m, d] = iso.split("-");
  if (d !== undefined) return iso;
  if (m === undefined) return `${y}-12-31`;
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
}

/** The first and last day the event can occupy; `latest` is null when the date is not published. */
export function eventBounds(e: TimelineEvent): { earliest: IsoDate; latest: IsoDate | null } {
  if (e.date === null) return { earliest: e.notBefore!, latest: null };
  return { earliest: firstDay(e.date), latest: lastDay(e.end ?? e.date) };
}

/** The event's state on the as-of date. */
export function eventState(e: TimelineEvent, asOf: IsoDate): EventState {
  const { earliest, latest } = eventBounds(e);
  if (earliest > asOf) return "upcoming";
  if (latest === null) return "undetermined";
  return latest < asOf ? "past" : "ongoing";
}

/** The date as published, in words: "18 October 2018", "September 2017", "25 October 2018 (inferred)", "Dates not published". */
export function eventDateLabel(e: Pick<TimelineEvent, "date" | "end" | "dateStatus">, names: Ui["names"]): string {
  if (e.date === null) return names.datesNotPublished;
  const text = e.end === null ? formatIsoDate(e.date) : formatIsoRange(e.date, e.end);
  return e.dateStatus === "inferred" ? fillSlots(names.inferredDate, { date: text }) : text;
}

/** Events in date order: earliest possible day, the more precise first, then by kind (a meeting before its decision), then id. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const rank: Record<Precision, number> = { day: 0, month: 1, year: 2, "not published": 3 };
  return [...events].sort((a, b) => eventBounds(a).earliest.localeCompare(eventBounds(b).earliest) || rank[a.precision] - rank[b.precision] || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
}

