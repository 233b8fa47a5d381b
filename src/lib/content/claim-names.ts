/** What the claims check calls its verdicts and evidence grades (plain module: tests import it). */
import type { Claim } from "../../schemas/claim.ts";

/** What each verdict is called on the page; content/pages/claims.md explains each. */
export const verdictNames: Record<Claim["verdict"], string> = {
  matches: "Matches the record",
  "rounded-up": "Broadly right, rounded up",
  consistent: "Consistent with the evidence",
  partly: "Partly supported",
  "not-supported": "Not supported by the data",
  conflicts: "Sources disagree",
  unverified: "Cannot be checked: no published source found",
  "not-checked": "Not checked: the site holds no data on this",
};

/** How sure the evidence is, in words (FACTS.md's grades). */
export const confidenceNames: Record<Claim["confidence"], string> = {
  read: "read in the official records named below",
  calc: "our own calculation from the figures shown",
  press: "press reports, not an official record",
  inferred: "inferred, not stated in any record",
  unverified: "unverified",
};
