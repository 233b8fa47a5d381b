import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { calendarEvents, timelineIcs } from "../../../src/lib/timeline/ics.ts";
import { event, projectEvents } from "../../support/timeline.ts";
import { site } from "../../support/site.ts";


const events = projectEvents();
const SITE = "https://example.org";
const ics = timelineIcs(events, { asOf: "2018-10-20", ui: ui(site), siteUrl: SITE, siteName: site.name, calendarDomain: site.identifiers.calendarDomain });

describe("timelineIcs(events, { asOf, siteUrl })", () => {
  it("parses with ical.js into a VCALENDAR with one VEVENT per day-dated event", () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.name).toBe("vcalendar");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBeTruthy();
    const vevents = cal.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(calendarEvents(events).length);
    expect(vevents.length).toBeGreaterThan(10);
  });

  it("uses CRLF only, and no line is longer than 75 octets", () => {
    // Every line ends CRLF, the last one too (RFC 5545 3.1), and exactly once.
    expect(ics.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    // A long, non-ASCII description really is folded.
    expect(ics).toMatch(/\r\n [^\r\n]/);
  });

  it("has stable, unique UIDs: the same whatever the as-of date", () => {
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("uid")));
    const a = uids(ics);
    expect(new Set(a).size).toBe(a.length);
    expect(uids(timelineIcs(events, { asOf: "2026-11-22", ui: ui(site), siteUrl: SITE, siteName: site.name, calendarDomain: site.identifiers.calendarDomain }))).toEqual(a);
  });

  it("escapes text: commas, semicolons and newlines survive a round trip", () => {
    const tricky = event({ id: "tricky", title: "Cabinet; homes, and care\nagain", summary: "A, B; C" });
    const v = new ICAL.Component(ICAL.parse(timelineIcs([tricky], { asOf: "2018-10-20", ui: ui(site), siteUrl: SITE, siteName: site.name, calendarDomain: site.identifiers.calendarDomain }))).getFirstSubcomponent("vevent")!;
    expect(v.getFirstPropertyValue("summary")).toBe("Cabinet; homes, and care\nagain");
  });

  it("makes all-day events (VALUE=DATE) with an exclusive end and DTSTAMP from the as-of date, and leaves out events without a day, saying how many", () => {
    const fixture = [
      event({ id: "one-day", date: "2021-03-11" }),
      event({ id: "inspection", date: "2021-02-22", end: "2021-03-05" }),
      event({ id: "month-only", precision: "month", date: "2021-09" }),
      event({ id: "undated", precision: "not published", date: null }),
    ];
    const text = timelineIcs(fixture, { asOf: "2021-06-01", ui: ui(site), siteUrl: SITE, siteName: site.name, calendarDomain: "timeline.example.org" });
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    const byUid = new Map(vevents.map((v) => [String(v.getFirstPropertyValue("uid")), v]));
    expect([...byUid.keys()]).toEqual(["one-day@timeline.example.org", "inspection@timeline.example.org"]);
    const day = byUid.get("one-day@timeline.example.org")!;
    expect(day.getFirstProperty("dtstart")!.type).toBe("date");
    expect([String(day.getFirstPropertyValue("dtstart")), String(day.getFirstPropertyValue("dtend"))]).toEqual(["2021-03-11", "2021-03-12"]);
    const span = byUid.get("inspection@timeline.example.org")!;
    expect([String(span.getFirstPropertyValue("dtstart")), String(span.getFirstPropertyValue("dtend"))]).toEqual(["2021-02-22", "2021-03-06"]);
    expect(day.getFirstPropertyValue("url")).toBe(`${SITE}/timeline/#event-one-day`);
    for (const v of vevents) expect(String(v.getFirstPropertyValue("dtstamp"))).toBe("2021-06-01T00:00:00Z");
    expect(text.replace(/\r\n /g, "")).toContain("2 events whose day is not published");
  });
});
