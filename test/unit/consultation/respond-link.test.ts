import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { respondLink, sectionFormUrl } from "../../../src/lib/consultation/respond-link.ts";
import { feedbackFixture } from "../../support/feedback.ts";

/** The site\'s words for the consultation, as pages hand them. */
const words = ui(site).consultation;

describe("respondLink(config, sectionId, asOf)", () => {
  it("while open: links to the form with the section id in the configured parameter, keeping the form's own query", () => {
    const m = respondLink(feedbackFixture("open"), "proposal-homes", "2018-11-01", words);
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
      const m = respondLink(feedbackFixture("open"), id, "2018-11-01", words);
      return m.kind === "open" ? new URL(m.href).searchParams.get("topic") : null;
    });
    expect(hrefs).toEqual(["rate-per-10000", "proposal-homes", "general"]);
  });

  it("before it opens: no link, says when it opens", () => {
    const m = respondLink(feedbackFixture("upcoming"), "proposal-homes", "2018-10-20", words);
    expect(m).toEqual({ kind: "info", text: expect.stringContaining("opens on 1 November 2018"), html: expect.stringContaining('opens on <time datetime="2018-11-01">1 November 2018</time>') });
  });

  it("when closed: says when, and links the outcome", () => {
    const m = respondLink(feedbackFixture("closed"), "proposal-homes", "2019-01-01", words);
    expect(m).toEqual({ kind: "closed", text: "The consultation closed on 30 November 2018.", html: 'The consultation closed on <time datetime="2018-11-30">30 November 2018</time>.', outcome: { label: "Cabinet report on the consultation's outcome", url: "https://records.example.org/outcome" } });
  });

  it("with no form's address: nothing at all, whatever the dates (no notice repeated under every section)", () => {
    expect(respondLink(feedbackFixture("unknown"), "proposal-homes", "2018-10-20", words)).toEqual({ kind: "none" });
    for (const fixture of ["open", "upcoming", "closed"] as const) {
      for (const asOf of ["2018-10-20", "2018-11-01", "2019-01-01"]) expect(respondLink({ ...feedbackFixture(fixture), formUrl: null }, "proposal-homes", asOf, words)).toEqual({ kind: "none" });
    }
  });

  it("a form with no published dates: says so, without a link", () => {
    const m = respondLink({ ...feedbackFixture("open"), opens: null, closes: null }, "proposal-homes", "2018-11-01", words);
    expect(m).toEqual({ kind: "info", text: "The consultation's opening and closing dates are not found in published sources.", html: "The consultation's opening and closing dates are not found in published sources." });
  });

  it("rejects a section id that would not survive as an id", () => {
    expect(() => respondLink(feedbackFixture("open"), "a b", "2018-11-01", words)).toThrow(/section id "a b"/);
  });
});

describe("sectionFormUrl(formUrl, param, sectionId)", () => {
  it("sets, not appends, the parameter", () => {
    expect(sectionFormUrl("https://x.example/f?section=old", "section", "new")).toBe("https://x.example/f?section=new");
  });
});
