/**
 * Claims whose verdict is computed from the data rather than written by hand: each check
 * compares what was said with DfE's figures and returns the verdict, so the verdict on
 * /claims/ changes if the figures do. A claim in content/claims.yaml names its check with
 * `check:` instead of giving a `verdict:`.
 *
 * Both checks read the count at 31 March 2018, the last before the October 2018 meeting.
 * They compare rates per 10,000 children, the measure that allows for a council's size.
 */
import { AREAS, series } from "../data/index.ts";
import { neighbourComparison, rankIn } from "../compare/councils.ts";
import type { Verdict } from "../../schemas/claim.ts";

/** The year of the count the checks use. */
export const CHECK_YEAR = 2018;

/**
 * "Too many children in care for a county like Worcestershire": against its statistical
 * neighbours. Consistent when its rate was higher than most of those with a rate; conflicts
 * when most had a higher rate; not verifiable otherwise (or with no figures). "Too many" is
 * a judgement no statistic can confirm, so the strongest verdict is "consistent".
 */
export function checkAgainstNeighbours(year = CHECK_YEAR): Verdict {
  const n = neighbourComparison(year);
  if (!n || n.withValue === 0) return "not-verifiable";
  if (n.lower > n.withValue / 2) return "consistent";
  if (n.higher > n.withValue / 2) return "conflicts";
  return "not-verifiable";
}

/**
 * "A high number of looked after children": against England's rate and every council's.
 * Consistent when the rate was above England's and fewer than half of all councils had a
 * higher one; conflicts when it was below England's; not verifiable otherwise.
 */
export function checkHighRate(year = CHECK_YEAR): Verdict {
  const rank = rankIn(AREAS.worcestershire, year);
  const england = series(AREAS.england, "looked_after_31_march", "rate_per_10000", year, year)[0]?.value;
  if (!rank || typeof england !== "number") return "not-verifiable";
  if (rank.rate < england) return "conflicts";
  if (rank.rate > england && rank.higher < rank.of / 2) return "consistent";
  return "not-verifiable";
}

/** Every check, by the id claims.yaml uses. */
export const claimChecks: Readonly<Record<string, () => Verdict>> = {
  "against-neighbours-2018": () => checkAgainstNeighbours(),
  "high-rate-2018": () => checkHighRate(),
};
