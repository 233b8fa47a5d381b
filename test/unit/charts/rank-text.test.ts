import { describe, expect, it } from "vitest";
import { rankCell, rankTip } from "../../../src/charts/kinds/rank-text.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { site } from "../../support/site.ts";

const w = ui(site).charts.rank;

describe("a council's place, in a rank row and a tooltip", () => {
  it("says joint wherever another council has the same rate", () => {
    expect(rankCell({ rank: 71, of: 152, tiedWith: 2 }, w)).toBe("joint 71st of 152");
    expect(rankTip({ rank: 71, of: 152, tiedWith: 1 }, w)).toBe("; joint 71st highest of 152 councils");
  });

  it("says no more where it is alone in its place", () => {
    expect(rankCell({ rank: 1, of: 150, tiedWith: 0 }, w)).toBe("1st of 150");
    expect(rankTip({ rank: 3, of: 150, tiedWith: 0 }, w)).toBe("; 3rd highest of 150 councils");
  });

  it("gives the words for no rank in a cell, and nothing in a tooltip, where the council has no rate", () => {
    expect(rankCell(null, w)).toBe("no rank");
    expect(rankTip(null, w)).toBe("");
  });
});
