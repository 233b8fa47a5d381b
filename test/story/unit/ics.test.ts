/** This site's events in the calendar (the calendar's rules: test/unit/timeline/ics.test.ts). */
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { calendarEvents, timelineIcs, uidSuffix } from "../../../src/lib/timeline/ics.ts";
import { projectEvents } from "../../support/timeline.ts";
import { site } from "../../support/site.ts";


const events = projectEvents();
const SITE = "https://example.org";
const ics = timelineIcs(events, { asOf: "2018-10-20", ui: ui(site), siteUrl: SITE, siteName: site.name, calendarDomain: site.identifiers.calendarDomain });

describe("timelineIcs(events, { asOf, siteUrl })", () => {
  it("makes all-day events (VALUE=DATE) with an exclusive end, and DTSTAMP from the as-of date", () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const byUid = new Map(cal.getAllSubcomponents("vevent").map((v) => [String(v.getFirstPropertyValue("uid")), v]));
    const inspection = byUid.get(`2016-10-ofsted-inspection${uidSuffix(site.identifiers.calendarDomain)}`)!;
    const start = inspection.getFirstProperty("dtstart")!;
    expect(start.type).toBe("date");
    expect(String(start.getFirstValue())).toBe("2016-10-24");
    expect(String(inspection.getFirstPropertyValue("dtend"))).toBe("2016-11-18");
    const cabinet = byUid.get(`2018-10-18-cabinet-meeting${uidSuffix(site.identifiers.calendarDomain)}`)!;
    expect(String(cabinet.getFirstPropertyValue("dtstart"))).toBe("2018-10-18");
    expect(String(cabinet.getFirstPropertyValue("dtend"))).toBe("2018-10-19");
    expect(cabinet.getFirstPropertyValue("url")).toBe(`${SITE}/timeline/#event-2018-10-18-cabinet-meeting`);
    for (const v of byUid.values()) expect(String(v.getFirstPropertyValue("dtstamp"))).toBe("2018-10-20T00:00:00Z");
  });

  it("leaves out events with only a month, a year or no date, and says so", () => {
    const uids = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("uid")));
    expect(uids).not.toContain(`2018-consultation-window${uidSuffix(site.identifiers.calendarDomain)}`);
    expect(uids).not.toContain(`2017-09-essex-improvement-partner${uidSuffix(site.identifiers.calendarDomain)}`);
    const left = events.length - calendarEvents(events).length;
    expect(ics.replace(/\r\n /g, "")).toContain(`${left} events whose day is not published`);
  });
});
