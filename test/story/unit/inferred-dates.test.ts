/** The date this site's content marks inferred (the checks: test/unit/content/inferred-dates.test.ts). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferredDates } from "../../../src/lib/content/inferred-dates.ts";
import { ROOT } from "../../support/timeline.ts";

describe("inferredDates(contentDir)", () => {
  it("lists the dates that meetings and events mark inferred", () => {
    expect(inferredDates(join(ROOT, "content"))).toEqual(["2018-10-25"]);
  });
});
