/** One figure claimed in the seeds, checked against the record, content/claims.yaml. */
import { z } from "astro/zod";

/** How the claim stands against the official record. */
export const verdict = z.enum(["matches", "rounded", "consistent", "conflicts", "not-verifiable"]);

export type Verdict = z.infer<typeof verdict>;

export const claimSchema = z
  .object({
    /** Stable id; the anchor on /claims/. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The claim as a short heading, markdown with the figure bound. */
    claim: z.string().min(1),
    /** Who made it, where; markdown. */
    claimedIn: z.string().min(1),
    /** Written by hand; leave it out where `check` computes it from the data. */
    verdict: verdict.optional(),
    /** A check in src/lib/claims/checks.ts that computes the verdict from the data. */
    check: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    /** One line saying why; markdown. */
    reason: z.string().min(1),
    /** The data the claim is checked against; markdown. */
    data: z.string().min(1),
    /** Ids in data/sources.csv. */
    sourceIds: z.array(z.string()).min(1),
    /** A chart that shows the data, by chart id, if any. */
    chart: z.string().optional(),
  })
  .refine((c) => (c.verdict === undefined) !== (c.check === undefined), { message: "give either verdict (written by hand) or check (computed from the data), not both", path: ["verdict"] });
export type Claim = z.infer<typeof claimSchema>;
