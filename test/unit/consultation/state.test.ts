import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { consultationState, describeState, describeStateHtml, isLive } from "../../../src/lib/consultation/state.ts";
import { feedbackFixture } from "../../support/feedback.ts";

/** The site\'s words for the consultation, as pages hand them. */
const words = ui(site).consultation;

describe("consultationState(config, asOf)", () => {
  const dated = feedbackFixture("open"); // opens 2018-10-19, closes 2018-11-30

  it("before the opening date: upcoming", () => {
    expect(consultationState(dated, "2018-10-18")).toEqual({ kind: "upcoming", opens: "2018-10-19", closes: "2018-11-30" });
  });

  it("on the opening day: open, with the days left to the closing date", () => {
    expect(consultationState(dated, "2018-10-19")).toEqual({ kind: "open", opens: "2018-10-19", closes: "2018-11-30", daysLeft: 42 });
  });

  it("during: open; on the closing day no days are left but it is still open", () => {
    expect(consultationState(dated, "2018-11-29")).toMatchObject({ kind: "open", daysLeft: 1 });
    expect(consultationState(dated, "2018-11-30")).toMatchObject({ kind: "open", daysLeft: 0 });
  });

  it("after the closing date: closed, with the date", () => {
    expect(consultationState(dated, "2018-12-01")).toEqual({ kind: "closed", closed: "2018-11-30" });
    expect(consultationState(dated, "2026-11-22")).toEqual({ kind: "closed", closed: "2018-11-30" });
  });

  it("with no published dates: not published, whatever the as-of date", () => {
    for (const asOf of ["2016-01-01", "2018-10-20", "2030-01-01"]) expect(consultationState(feedbackFixture("unknown"), asOf)).toEqual({ kind: "not published" });
  });

  it("with only a closing date: open until it, closed after; with only an opening date: open with no count", () => {
    expect(consultationState({ opens: null, closes: "2018-11-30" }, "2018-11-01")).toMatchObject({ kind: "open", daysLeft: 29 });
    expect(consultationState({ opens: null, closes: "2018-11-30" }, "2018-12-01").kind).toBe("closed");
    expect(consultationState({ opens: "2018-10-19", closes: null }, "2018-10-01").kind).toBe("upcoming");
    expect(consultationState({ opens: "2018-10-19", closes: null }, "2019-10-01")).toMatchObject({ kind: "open", daysLeft: null });
  });
});

describe("describeState(state)", () => {
  it("words each state with its dates", () => {
    expect(describeState({ kind: "upcoming", opens: "2018-11-01", closes: "2018-12-14" }, words)).toBe("The consultation opens on 1 November 2018 and closes on 14 December 2018.");
    expect(describeState({ kind: "open", opens: null, closes: "2018-11-30", daysLeft: 5 }, words)).toBe("The consultation is open until 30 November 2018: 5 days left.");
    expect(describeState({ kind: "open", opens: null, closes: "2018-11-30", daysLeft: 1 }, words)).toContain("1 day left");
    expect(describeState({ kind: "open", opens: null, closes: "2018-11-30", daysLeft: 0 }, words)).toContain("closes today");
    expect(describeState({ kind: "closed", closed: "2018-11-30" }, words)).toBe("The consultation closed on 30 November 2018.");
    expect(describeState({ kind: "not published" }, words)).toContain("not found in published sources");
  });
});

describe("describeStateHtml(state)", () => {
  it("binds each date to <time datetime> and the days left to <data value>", () => {
    expect(describeStateHtml({ kind: "upcoming", opens: "2018-11-01", closes: "2018-12-14" }, words)).toBe('The consultation opens on <time datetime="2018-11-01">1 November 2018</time> and closes on <time datetime="2018-12-14">14 December 2018</time>.');
    expect(describeStateHtml({ kind: "open", opens: null, closes: "2018-11-30", daysLeft: 5 }, words)).toBe('The consultation is open until <time datetime="2018-11-30">30 November 2018</time>: <data value="5">5</data> days left.');
    expect(describeStateHtml({ kind: "closed", closed: "2018-11-30" }, words)).toBe('The consultation closed on <time datetime="2018-11-30">30 November 2018</time>.');
    expect(describeStateHtml({ kind: "not published" }, words)).toBe("The consultation's opening and closing dates are not found in published sources.");
  });
});

describe("isLive(config, asOf): only a live consultation prompts readers to respond (/respond/)", () => {
  it("live while a form is known and the consultation is open or about to open", () => {
    expect(isLive(feedbackFixture("open"), "2018-10-20")).toBe(true);
    expect(isLive(feedbackFixture("upcoming"), "2018-10-20")).toBe(true);
  });
  it("not live once closed, with no dates, or with no form found (this site's 2018 consultation)", () => {
    expect(isLive(feedbackFixture("closed"), "2018-12-01")).toBe(false);
    expect(isLive(feedbackFixture("open"), "2026-01-01")).toBe(false);
    expect(isLive(feedbackFixture("unknown"), "2018-10-20")).toBe(false);
    expect(isLive(feedbackFixture("project"), "2018-10-20")).toBe(false);
  });
});
