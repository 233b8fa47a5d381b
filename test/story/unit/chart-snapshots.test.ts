/**
 * This site's charts, drawn from its own data, as saved in test/output/story/: a new DfE
 * release or a change of wording shows here as a changed drawing to look at. The engine's
 * own drawing snapshots come from the fixture site (test/unit/charts/snapshots.test.ts).
 */
import { site } from "../../support/site.ts";
import { describe, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { normaliseSvg } from "../../support/normalise-svg.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";

describe.each(allCharts(site).map((c) => c.id))("this site's chart %s", (id) => {
  const view = chartView(id, site);

  it.each(["wide", "medium", "narrow"] as const)("draws the %s layout as in the saved snapshot", (layout) => {
    expectMatchesFile(normaliseSvg(view.svg[layout]!), `story/${id}-${layout}.svg`);
  });
});
