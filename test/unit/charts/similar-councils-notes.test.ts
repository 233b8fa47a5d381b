import { describe, expect, it } from "vitest";
import { chartView } from "../../../src/charts/index.ts";
import { fixtureSite } from "../../support/fixture-site.ts";

describe("the similar-councils chart's notes, on the fixture site", () => {
  const notes = chartView("similar-councils", fixtureSite).notes.join("\n");

  it("name a withheld rate with the site's one wording for it, and never a council that did not exist", () => {
    expect(notes).toContain("Values not published stay missing: Westerby in 2018, confidential (code “c”).");
    expect(notes).not.toMatch(/Northshire in \d{4}/);
  });
});
