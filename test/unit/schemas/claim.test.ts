import { describe, expect, it } from "vitest";
import { claimSchema } from "../../../src/schemas/claim.ts";

const base = { id: "x", claim: "A claim", claimedIn: "Somewhere", reason: "Why.", data: "Data.", sourceIds: ["dfe-cla-2022"] };

describe("claimSchema", () => {
  it("takes a verdict written by hand, or a check that computes it", () => {
    expect(claimSchema.safeParse({ ...base, verdict: "matches" }).success).toBe(true);
    expect(claimSchema.safeParse({ ...base, check: "against-neighbours-2018" }).success).toBe(true);
  });

  it("refuses both at once, and neither, naming the verdict field", () => {
    for (const bad of [{ ...base, verdict: "matches", check: "high-rate-2018" }, base]) {
      const r = claimSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(["verdict"]);
    }
  });
});
