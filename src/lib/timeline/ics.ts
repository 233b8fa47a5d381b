/**
 * The timeline as an iCalendar file (RFC 5545), written by ical-generator (CRLF endings,
 * lines folded at 75 octets, escaping). Only events whose day is published go in, as
 * all-day events: a calendar entry needs a day, and putting a month- or year-only event
 * on the 1st would state a date the sources do not give. Those events, and the undated
 * consultation window, are on /timeline/ only, as the calendar's description says.
 */
import { fillSlots, type Ui } from "../content/ui.ts";
import ical from "ical-generator";
import { anchorId, eventBounds, eventDateLabel, type TimelineEvent } from "./event.ts";
import { nextDay } from "../../format/date.ts";
import type { IsoDate } from "../../config/as-of.ts";

/** UIDs are the event ids under the site's fixed domain-like name (its identifiers.calendarDomain), so they never change between builds. */
export const uidSuffix = (calendarDomain: string): string => `@${calendarDomain}`;

const utcDay = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/** Events that can go in a calendar: those dated to the day. */
export function calendarEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => e.precision === "day");
}

/** What the calendar says of the site: its as-of date, address, name and calendar domain (content/site.yaml). */
export interface CalendarSite {
  asOf: IsoDate;
  /** The site's wording: the calendar's own words and the names of dates. */
  ui: Pick<Ui, "calendar" | "names">;
  siteUrl: string;
  siteName: string;
  calendarDomain: string;
}

/** The calendar text; DTSTAMP is the as-of date, so a build never reads the clock. */
export function timelineIcs(events: TimelineEvent[], { asOf, ui, siteUrl, siteName, calendarDomain }: CalendarSite): string {
  const words = ui.calendar;
  const left = events.length - calendarEvents(events).length;
  const page = new URL("/timeline/", siteUrl).href;
  const cal = ical({
    name: fillSlots(words.name, { name: siteName }),
    description: fillSlots(words.description, { page, count: left }),
    prodId: { company: calendarDomain, product: "timeline", language: "EN" },
    url: page,
  });
  for (const e of calendarEvents(events)) {
    const { earliest, latest } = eventBounds(e);
    const notes = [e.summary, e.dateNote && fillSlots(words.aboutDate, { note: e.dateNote }), ...e.records.map((r) => `${r.label}: ${r.url}`)].filter(Boolean);
    cal.createEvent({
      id: `${e.id}${uidSuffix(calendarDomain)}`,
      allDay: true,
      start: utcDay(earliest),
      // DTEND of an all-day event is the day after the last day (RFC 5545 3.6.1).
      end: utcDay(nextDay(latest!)),
      stamp: utcDay(asOf),
      // A calendar shows the day as certain; the title says when it is not.
      summary: e.dateStatus === "inferred" ? fillSlots(words.inferredTitle, { title: e.title }) : e.title,
      description: `${eventDateLabel(e, ui.names)}. ${notes.join("\n\n")}`,
      url: new URL(`/timeline/#${anchorId(e.id)}`, siteUrl).href,
      categories: [{ name: e.kind }],
    });
  }
  // Every line of an iCalendar file ends CRLF, the last one too (RFC 5545 3.1); ical-generator leaves the last bare.
  return cal.toString().replace(/(\r\n)?$/, "\r\n");
}
