/** DfE's counts of councils with a published rate in this site's data, which its ranks are out of (every rank: test/static/ranks.test.ts). */
import { describe, expect, it } from "vitest";
import { ratedCouncils } from "../../support/rated-councils.ts";

const expected = ratedCouncils;

describe("ranks on the built pages", () => {
  it("has DfE's counts: 150 councils in 2021 and 151 in 2022 (Somerset once)", () => {
    expect([expected.get(2021), expected.get(2022)]).toEqual([150, 151]);
  });
});
