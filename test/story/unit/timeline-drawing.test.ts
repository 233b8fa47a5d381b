/** This site's timeline as of 20 October 2018, as saved in test/output/story/. */
import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, it } from "vitest";
import { timelineSvg } from "../../../src/charts/drawing/timeline-svg.ts";
import { projectEvents } from "../../support/timeline.ts";
import { normaliseSvg } from "../../support/normalise-svg.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";

describe("this site's timeline", () => {
  it("matches the saved drawing as of 20 October 2018", () => {
    expectMatchesFile(normaliseSvg(timelineSvg(projectEvents(), { asOf: "2018-10-20", ui: ui(site), labelledBy: "t" })), "story/timeline-2018-10-20.svg");
  });
});
