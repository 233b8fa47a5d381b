/** One figure claimed in the seeds, checked against the record, content/claims.yaml. */
import { z } from "astro/zod";

/** How the claim stands against the official record. */
export const verdict = z.enum(["matches", "rounded", "consistent", "conflicts", "not-verifiable"]);

export const claimSchema = z.object({
  /** Stable id; the anchor on /claims/. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The claim as a short heading, markdown with the figure bound. */
  claim: z.string().min(1),
  /** Who made it, where; markdown. */
  claimedIn: z.string().min(1),
  verdict,
  /** One line saying why; markdown. */
  reason: z.string().min(1),
  /** The data the claim is checked against; markdown. */
  data: z.string().min(1),
  /** Ids in data/sources.csv. */
  sourceIds: z.array(z.string()).min(1),
  /** A chart that shows the data, by chart id, if any. */
  chart: z.string().optional(),
});
export type Claim = z.infer<typeof claimSchema>;
