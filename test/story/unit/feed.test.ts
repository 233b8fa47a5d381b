import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { feedItems } from "../../../src/lib/timeline/feed.ts";
import { projectEvents } from "../../support/timeline.ts";

describe("feedItems(events, names)", () => {
  const events = projectEvents();
  const items = feedItems(events, ui(site).names);

  it("one item per event, newest first, each linking to its entry on /timeline/", () => {
    expect(items).toHaveLength(events.length);
    expect(items[0]!.link).toBe("/timeline/#event-2024-12-ofsted-focused-visit");
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    const dates = items.flatMap((i) => (i.pubDate ? [new Date(i.pubDate).getTime()] : []));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("gives no publication date to the undated consultation window, and says the date's precision in the title", () => {
    const window = items.find((i) => i.link === "/timeline/#event-2018-consultation-window")!;
    expect(window.pubDate).toBeUndefined();
    expect(window.title).toMatch(/^Dates not published: /);
    expect(items.find((i) => i.link === "/timeline/#event-2024-10-services-in-house")!.title).toMatch(/^October 2024: /);
  });

  it("gives a publication date only to events dated to the day, never an invented first of the month", () => {
    for (const e of events) {
      const item = items.find((i) => i.link === `/timeline/#event-${e.id}`)!;
      if (e.precision === "day") expect(new Date(item.pubDate!).toISOString().slice(0, 10), e.id).toBe(e.date);
      else expect(item.pubDate, e.id).toBeUndefined();
    }
    expect(events.some((e) => e.precision === "month")).toBe(true);
    const monthOnly = items.find((i) => i.link === "/timeline/#event-2024-10-services-in-house")!;
    expect(monthOnly.pubDate).toBeUndefined();
  });
});
