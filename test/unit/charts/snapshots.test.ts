import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { normaliseSvg } from "../../support/normalise-svg.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";

describe.each(allCharts(site).map((c) => c.id))("chart %s", (id) => {
  const view = chartView(id, site);

  it("draws the wide layout as in the saved snapshot", () => {
    expectMatchesFile(normaliseSvg(view.svg.wide), `${id}-wide.svg`);
  });

  it("draws the medium layout as in the saved snapshot", () => {
    expectMatchesFile(normaliseSvg(view.svg.medium!), `${id}-medium.svg`);
  });

  it("draws the narrow layout as in the saved snapshot", () => {
    expectMatchesFile(normaliseSvg(view.svg.narrow), `${id}-narrow.svg`);
  });

  it("names its SVGs as images and points them at the description", () => {
    for (const svg of [view.svg.wide, view.svg.medium!, view.svg.narrow]) {
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg).toContain(`aria-label="${view.alt}"`);
      expect(svg).toContain(`aria-describedby="${id}-description"`);
    }
  });

  it("has a table with a row per category and a column per series", () => {
    expect(view.table.rows.length).toBeGreaterThan(0);
    for (const row of view.table.rows) expect(row).toHaveLength(view.table.columns.length);
  });

  it("names at least one source", () => {
    expect(view.sources.length).toBeGreaterThan(0);
  });
});
