import { describe, expect, it } from "vitest";
import { respondLink, sectionFormUrl } from "../../../src/lib/consultation/respond-link.ts";
import { feedbackFixture } from "../../support/feedback.ts";

describe("respondLink(config, sectionId, asOf)", () => {
  it("while open: links to the form with the section id in the configured parameter, keeping the form's own query", () => {
    const m = respondLink(feedbackFixture("open"), "proposal-homes", "2018-11-01");
    expect(m.kind).toBe("open");
    if (m.kind !== "open") return;
    expect(m.text).toBe("Respond to this section");
    const url = new URL(m.href);
    expect(url.origin + url.pathname).toBe("https://consult.example.org/form");
    expect(url.searchParams.get("topic")).toBe("proposal-homes");
    expect(url.searchParams.get("ref")).toBe("homes");
    expect(m.note).toContain("29 days left");
    expect(m.noteHtml).toContain('<data value="29">29</data> days left');
  });

  it("each section's link carries its own id", () => {
    const hrefs = ["rate-per-10000", "proposal-homes", "general"].map((id) => {
      const m = respondLink(feedbackFixture("open"), id, "2018-11-01");
      return m.kind === "open" ? new URL(m.href).searchParams.get("topic") : null;
    });
    expect(hrefs).toEqual(["rate-per-10000", "proposal-homes", "general"]);
  });

  it("before it opens: no link, says when it opens", () => {
    const m = respondLink(feedbackFixture("upcoming"), "proposal-homes", "2018-10-20");
    expect(m).toEqual({ kind: "info", text: expect.stringContaining("opens on 1 November 2018"), html: expect.stringContaining('opens on <time datetime="2018-11-01">1 November 2018</time>') });
  });

  it("when closed: says when, and links the outcome", () => {
    const m = respondLink(feedbackFixture("closed"), "proposal-homes", "2019-01-01");
    expect(m).toEqual({ kind: "closed", text: "The consultation closed on 30 November 2018.", html: 'The consultation closed on <time datetime="2018-11-30">30 November 2018</time>.', outcome: { label: "Cabinet report on the consultation's outcome", url: "https://records.example.org/outcome" } });
  });

  it("when the form's address is unknown: says so and links nowhere", () => {
    const m = respondLink(feedbackFixture("unknown"), "proposal-homes", "2018-10-20");
    expect(m).toEqual({ kind: "info", text: "The consultation's response form and dates are not found in published sources.", html: "The consultation&#39;s response form and dates are not found in published sources." });
    const open = respondLink({ ...feedbackFixture("open"), formUrl: null }, "proposal-homes", "2018-11-01");
    expect(open.kind).toBe("info");
    expect(open.kind === "info" && open.text).toContain("address of its response form is not found");
  });

  it("the project's default config never produces a link", () => {
    for (const asOf of ["2018-10-11", "2018-10-20", "2026-11-22"]) expect(respondLink(feedbackFixture("project"), "rate-per-10000", asOf).kind).toBe("info");
  });

  it("rejects a section id that would not survive as an id", () => {
    expect(() => respondLink(feedbackFixture("open"), "a b", "2018-11-01")).toThrow(/section id "a b"/);
  });
});

describe("sectionFormUrl(formUrl, param, sectionId)", () => {
  it("sets, not appends, the parameter", () => {
    expect(sectionFormUrl("https://x.example/f?section=old", "section", "new")).toBe("https://x.example/f?section=new");
  });
});
