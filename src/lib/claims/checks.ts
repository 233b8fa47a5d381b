/**
 * Claims whose verdict is computed from the data: each check compares what was said with
 * DfE's figures and returns a verdict on the claims scale. A claim in content/claims.yaml
 * names its check with `check:`; the build stops if the verdict written there is not the
 * one the check computes, so a change in the figures cannot leave a stale verdict (or a
 * stale reason) on /claims/.
 *
 * The checks read the count at 31 March of content/site.yaml's claims.checkYear (unless given a year) (here 2018,
 * the last before the October 2018 meeting),
 * and compare rates per 10,000 children, the measure that allows for a council's size.
 */
import { MEASURE, UNIT } from "../data/looked-after-terms.ts";
import { series } from "../data/index.ts";
import { neighbourComparison, rankIn } from "../compare/councils.ts";
import type { ClaimChecks, Verdict } from "../../schemas/claim.ts";
import { theArea, type SiteConfig } from "../../config/config.ts";

/**
 * "Too many children in care for a county like this one", against its statistical
 * neighbours: consistent when its rate was higher than every neighbour's with a published
 * rate, partly when higher than most, not supported otherwise. "Too many" is a judgement
 * no statistic can confirm, so the strongest verdict is "consistent".
 */
export function checkAgainstNeighbours(config: SiteConfig, year: number = config.claims.checkYear): Verdict {
  const n = neighbourComparison(year, config.council.area, config);
  if (!n || n.withValue === 0) return "not-checked";
  if (n.lower === n.withValue) return "consistent";
  if (n.lower > n.withValue / 2) return "partly";
  return "not-supported";
}

/**
 * "A high number of looked after children", against the nation's rate and every council's:
 * consistent when the rate was above the nation's and in the highest third of councils;
 * partly when above the nation's but not in the highest third; not supported when it was
 * not above the nation's.
 */
export function checkHighRate(config: SiteConfig, year: number = config.claims.checkYear): Verdict {
  const rank = rankIn(config.council.area, year, config);
  const nation = series(theArea("nation", config).code, MEASURE.lookedAfter, UNIT.rate, config, year, year)[0]?.value;
  if (!rank || typeof nation !== "number") return "not-checked";
  if (rank.rate <= nation) return "not-supported";
  return rank.higher < rank.of / 3 ? "consistent" : "partly";
}

/**
 * "High" or "too many" for a county like this one: one test for both claims that rest on the
 * same figures, so the same data can never give them different verdicts. Consistent when the
 * rate was above the nation's and above every statistical neighbour's with a published rate;
 * partly when above the nation's or above most neighbours'; not supported otherwise. Whether
 * a number is "high" or "too many" is a judgement, so the strongest verdict is "consistent".
 */
export function checkHighForItsKind(config: SiteConfig, year: number = config.claims.checkYear): Verdict {
  const n = neighbourComparison(year, config.council.area, config);
  const nation = series(theArea("nation", config).code, MEASURE.lookedAfter, UNIT.rate, config, year, year)[0]?.value;
  if (!n || n.withValue === 0 || typeof nation !== "number") return "not-checked";
  const aboveNation = n.rate > nation;
  if (aboveNation && n.lower === n.withValue) return "consistent";
  if (aboveNation || n.lower > n.withValue / 2) return "partly";
  return "not-supported";
}

/**
 * Every check, by the id claims.yaml uses. Claims that rest on the same figures name the
 * same check (test/story/unit/claims.test.ts holds the ones that must). Each reads the
 * site whose configuration it is handed: its council, nation and claims.checkYear.
 */
export function claimChecksFor(config: SiteConfig): ClaimChecks {
  return {
    "high-for-its-kind-2018": () => checkHighForItsKind(config),
  };
}
