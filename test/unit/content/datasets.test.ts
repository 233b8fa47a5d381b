import { ui } from "../../../src/lib/content/ui.ts";
import { site as testSite } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { describeConstraints } from "../../../src/lib/site/datasets.ts";

describe("describeConstraints(field, words)", () => {
  it("says the rules in words, or none", () => {
    expect(describeConstraints({ name: "x", type: "integer", constraints: { required: true, minimum: 0 } }, ui(testSite).sources.rules)).toBe("required; at least 0");
    expect(describeConstraints({ name: "x", type: "string" }, ui(testSite).sources.rules)).toBe("none");
  });
});
