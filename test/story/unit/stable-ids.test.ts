/** This site's chart ids (the rules: test/unit/scripts/stable-ids.test.ts). */
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { siteChartIds } from "../../../src/charts/outputs/stable-ids.ts";

describe("the project's chart ids", () => {
  it("include the eight ids fixed for the site", () => {
    const { ids: chartIds } = siteChartIds(loadSiteConfig(process.env).paths.content);
    expect([...chartIds.published, ...chartIds.planned].sort()).toEqual(
      ["age-and-placement", "comparators", "england-looked-after", "homes-before-after", "money", "rate-per-10000", "similar-councils", "starts-and-ceased"],
    );
  });
});
