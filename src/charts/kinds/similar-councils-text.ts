/**
 * The words of the similar-councils chart: which of its titles holds, and its description,
 * generated from the comparison so they stay true when the data change. Kept apart from the generic line
 * description (describe.ts): this chart's finding is a rank, not a trend.
 */
import { formatNumber, ordinal } from "../../format/number.ts";
import { codeMeaning, type MissingWords } from "../../format/missing.ts";
import { countWord, possessive, type Description } from "../describe.ts";
import type { CouncilRank, NeighbourComparison } from "../../lib/compare/councils.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";

/** The similar-councils chart's words (the wording's charts.similarCouncils), and the site's for a rate the data does not hold. */
export type SimilarCouncilsWords = Ui["charts"]["similarCouncils"] & MissingWords;

/** What the words are generated from: the first and latest year's comparisons. */
export interface SimilarCouncilsFacts {
  name: string;
  /** The nation whose rate each year is given beside the council's. */
  nation: string;
  first: { neighbours: NeighbourComparison; rank: CouncilRank; nationRate: number | null };
  latest: { neighbours: NeighbourComparison; rank: CouncilRank; nationRate: number | null };
  /** Neighbours in the grouping, with or without a value. */
  groupSize: number;
}

/**
 * What the data holds for a neighbour without a published rate, precisely: DfE's code and
 * its meaning ("for N that year the dataset holds DfE's code "z", meaning not applicable,
 * in place of a rate"),
 * or that the dataset has no value. Never "had none", which would say more than the data.
 */
function withoutRate(x: NeighbourComparison["neighbours"][number], w: SimilarCouncilsWords): string {
  const code = x.missing ?? "";
  if (code === "") return fillSlots(w.notHeld, { owner: possessive(x.name), notInDataset: w.notInDataset });
  const meaning = codeMeaning(code);
  return meaning ? fillSlots(w.codeMeaning, { name: x.name, code, meaning }) : fillSlots(w.code, { name: x.name, code });
}

/** "higher than each of its 10 statistical neighbours", or how many it was higher than. */
function againstNeighbours(n: NeighbourComparison, groupSize: number, w: SimilarCouncilsWords): string {
  const without = n.neighbours.filter((x) => x.rate === null).map((x) => withoutRate(x, w));
  const among = without.length > 0 ? fillSlots(w.amongWithRate, { count: n.withValue, without: without.join("; ") }) : fillSlots(w.amongAll, { count: groupSize });
  if (n.lower === n.withValue) return fillSlots(w.higherThanEach, { among });
  if (n.higher === n.withValue) return fillSlots(w.lowerThanEach, { among });
  return fillSlots(w.higherThanSome, { lower: n.lower, among });
}

/** " and above the nation's 70": after a space, or nothing where the nation has no rate. */
function againstNation(nation: string, rate: number, nationRate: number | null, w: SimilarCouncilsWords): string {
  if (nationRate === null) return "";
  const text = rate > nationRate ? w.nationAbove : rate < nationRate ? w.nationBelow : w.nationLevel;
  return ` ${fillSlots(text, { owner: possessive(nation), rate: formatNumber(nationRate) })}`;
}

function rankPhrase(r: CouncilRank, w: SimilarCouncilsWords): string {
  const slots = { higher: countWord(r.higher), of: r.of, tied: countWord(r.tiedWith) };
  return fillSlots(r.tiedWith === 0 ? w.higherRate : r.tiedWith === 1 ? w.higherRateTiedOne : w.higherRateTiedMany, slots);
}

/**
 * Which of the entry's titles states the finding: the council's rate higher than every
 * neighbour's with one ("highest"), lower than every one ("lowest"), or in between.
 */
export function titleForm(f: SimilarCouncilsFacts): "highest" | "lowest" | "between" {
  const n = f.latest.neighbours;
  if (n.lower === n.withValue) return "highest";
  if (n.higher === n.withValue) return "lowest";
  return "between";
}

/**
 * The description: the latest year's finding and rank as the lead (two sentences), then
 * the detail: the highest neighbour, and the first year for contrast.
 */
export function describeSimilarCouncils(f: SimilarCouncilsFacts, w: SimilarCouncilsWords): Description {
  const { latest, first } = f;
  const highest = latest.neighbours.highest;
  const r = latest.rank;
  const rankSlots = { rank: ordinal(r.rank), of: r.of, tied: countWord(r.tiedWith) };
  const description = [
    fillSlots(w.latest, {
      year: r.year,
      name: f.name,
      rate: formatNumber(r.rate),
      neighbours: againstNeighbours(latest.neighbours, f.groupSize, w),
      nation: againstNation(f.nation, r.rate, latest.nationRate, w),
    }),
    fillSlots(r.tiedWith === 0 ? w.rank : r.tiedWith === 1 ? w.rankTiedOne : w.rankTiedMany, rankSlots),
  ].join(" ");
  const details = [
    ...(highest ? [fillSlots(w.highestNeighbour, { year: r.year, owner: possessive(highest.name), rate: formatNumber(highest.rate) })] : []),
    fillSlots(w.first, {
      year: first.rank.year,
      owner: possessive(f.name),
      rate: formatNumber(first.rank.rate),
      neighbours: againstNeighbours(first.neighbours, f.groupSize, w),
      nation: againstNation(f.nation, first.rank.rate, first.nationRate, w),
    }),
    fillSlots(w.thatYear, { rank: rankPhrase(first.rank, w) }),
  ];
  return { description, details };
}
