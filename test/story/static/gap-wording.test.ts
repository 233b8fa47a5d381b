/** What this site's rate chart says of England's missing 2017 rate (the rule for every output: test/static/gap-wording.test.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../../support/pages.ts";

describe("how built outputs speak of a year missing from the data", () => {
  it("says England's 2017 rate is not in this dataset on the rate chart's page", () => {
    const page = readFileSync(join(DIST, "charts", "rate-per-10000", "index.html"), "utf8");
    expect(page).toContain("England’s figure for 2017 is not in this dataset, so this dataset cannot show whether Worcestershire moved above England in 2017 or 2018.");
  });
});
