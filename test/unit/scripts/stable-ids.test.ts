import { site as testSite } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { siteChartIds, stableIdProblems } from "../../../src/charts/outputs/stable-ids.ts";
import { allCharts } from "../../../src/charts/index.ts";

const ids = { published: ["a", "b"], planned: ["c"] };

describe("stableIdProblems(ids, redirects, built)", () => {
  it("is empty when every published id is built", () => {
    expect(stableIdProblems(ids, [], ["a", "b"])).toEqual([]);
  });

  it("allows planned ids not built yet", () => {
    expect(stableIdProblems(ids, [], ["a", "b"]).some((p) => p.includes('"c"'))).toBe(false);
  });

  it("fails when a published id disappears without a redirect", () => {
    expect(stableIdProblems(ids, [], ["a"])).toEqual([
      'content/published-charts.yaml published: "b": published, but no chart has this id (no entry in content/charts/) and content/published-charts.yaml redirects has no redirect for it',
    ]);
  });

  it("accepts a removed id that redirects to a built chart", () => {
    expect(stableIdProblems(ids, [{ from: "b", to: "a" }], ["a"])).toEqual([]);
  });

  it("rejects a redirect to a chart that is not built, or away from one that is", () => {
    expect(stableIdProblems(ids, [{ from: "b", to: "zz" }], ["a"])[0]).toContain('"b" → "zz": the target is not a built chart');
    expect(stableIdProblems(ids, [{ from: "a", to: "b" }], ["a", "b"])[0]).toContain('"a": redirects away from a chart that is still built');
  });

  it("fails when a chart is built without its id being published", () => {
    expect(stableIdProblems(ids, [], ["a", "b", "c"])[0]).toContain('"c": the chart is built but its id is not in "published"');
  });

  it("rejects ids that are not lowercase and hyphenated, or listed twice", () => {
    const bad = stableIdProblems({ published: ["A b", "x"], planned: ["x"] }, [], ["A b", "x"]);
    expect(bad.join("\n")).toContain('"A b": not a lowercase, hyphenated id');
    expect(bad.join("\n")).toContain('"x": listed as both published and planned');
  });
});

describe("the project's chart ids", () => {
  it("keep every published URL working", () => {
    const site = siteChartIds(loadSiteConfig(process.env).paths.content);
    expect(stableIdProblems(site.ids, site.redirects, allCharts(testSite).map((c) => c.id), site.file)).toEqual([]);
  });
});
