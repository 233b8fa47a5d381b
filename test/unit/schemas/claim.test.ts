import { describe, expect, it } from "vitest";
import { claimSchema } from "../../../src/schemas/claim.ts";

const base = {
  id: "x",
  document: "scrutiny-minute",
  claim: "A claim",
  claimedBy: "Members",
  claimedIn: "Somewhere",
  verdict: "partly",
  reason: "Why.",
  evidence: "Evidence.",
  confidence: "calc",
  sourceIds: ["dfe-cla-2022"],
  basis: [{ source: "dfe-cla-2022", kind: "statistics" }],
};
const checks = { "always-partly": () => "partly" as const };

describe("claimSchema(knownSourceIds, checks)", () => {
  it("accepts a claim whose verdict is the one its check computes", () => {
    expect(claimSchema(undefined, checks).safeParse({ ...base, check: "always-partly" }).success).toBe(true);
  });

  it("refuses a verdict that differs from the computed one, on the verdict field", () => {
    const r = claimSchema(undefined, checks).safeParse({ ...base, verdict: "consistent", check: "always-partly" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([[["verdict"], 'claim "x": check "always-partly" computes "partly" from the data, not "consistent"; update the verdict and its reason']]);
  });

  it("refuses an unknown check, on the check field", () => {
    const r = claimSchema(undefined, checks).safeParse({ ...base, check: "no-such-check" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["check"]);
  });
});
