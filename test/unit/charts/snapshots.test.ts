/**
 * Every chart kind, drawn from the fixture site's invented data (test/fixtures/site/), as
 * saved in test/output/engine/: a change to the drawing code shows here, whatever this
 * site's data does. This site's own charts have their snapshots in test/story/.
 */
import { describe, expect, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { kinds } from "../../../src/charts/kinds/index.ts";
import { normaliseSvg } from "../../support/normalise-svg.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";
import { fixtureSite } from "../../support/fixture-site.ts";

const charts = allCharts(fixtureSite);

describe("the fixture site", () => {
  it("has a chart of every kind the engine draws, named for its kind", () => {
    expect(charts.map((c) => c.kind).sort()).toEqual(Object.keys(kinds).sort());
    for (const c of charts) expect(c.id).toBe(c.kind);
  });
});

describe.each(charts.map((c) => c.id))("chart kind %s", (id) => {
  const view = chartView(id, fixtureSite);

  it.each(["wide", "medium", "narrow"] as const)("draws the %s layout as in the saved snapshot", (layout) => {
    expectMatchesFile(normaliseSvg(view.svg[layout]!), `engine/${id}-${layout}.svg`);
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
