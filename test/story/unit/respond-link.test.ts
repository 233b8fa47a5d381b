/** This site's feedback config, which names no response form (the rules: test/unit/consultation/respond-link.test.ts). */
import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { respondLink } from "../../../src/lib/consultation/respond-link.ts";
import { feedbackFixture } from "../../support/feedback.ts";

/** The site\'s words for the consultation, as pages hand them. */
const words = ui(site).consultation;

describe("respondLink(config, sectionId, asOf)", () => {
  it("the project's default config shows nothing", () => {
    for (const asOf of ["2018-10-11", "2018-10-20", "2026-11-22"]) expect(respondLink(feedbackFixture("project"), "rate-per-10000", asOf, words).kind).toBe("none");
  });
});
