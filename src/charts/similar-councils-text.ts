/**
 * The words of the similar-councils chart: which of its titles holds, and its description,
 * generated from the comparison so they stay true when the data change. Kept apart from the generic line
 * description (describe.ts): this chart's finding is a rank, not a trend.
 */
import { formatNumber, ordinal } from "../lib/format/number.ts";
import { codeMeaning, NOT_IN_DATASET } from "../lib/format/missing.ts";
import { countWord, possessive, type Description } from "./describe.ts";
import type { CouncilRank, NeighbourComparison } from "../lib/compare/councils.ts";

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
function withoutRate(x: NeighbourComparison["neighbours"][number]): string {
  const code = x.missing ?? "";
  if (code === "") return `${possessive(x.name)} rate for that year is ${NOT_IN_DATASET}`;
  return `for ${x.name} that year the dataset holds DfE's code "${code}"${codeMeaning(code) ? `, meaning ${codeMeaning(code)},` : ""} in place of a rate`;
}

/** "higher than each of its 10 statistical neighbours", or how many it was higher than. */
function againstNeighbours(n: NeighbourComparison, groupSize: number): string {
  const without = n.neighbours.filter((x) => x.rate === null).map(withoutRate);
  const among = without.length > 0 ? `the ${n.withValue} statistical neighbours with a published rate (${without.join("; ")})` : `its ${groupSize} statistical neighbours`;
  if (n.lower === n.withValue) return `higher than each of ${among}`;
  if (n.higher === n.withValue) return `lower than each of ${among}`;
  return `higher than ${n.lower} of ${among}`;
}

function againstNation(nation: string, rate: number, nationRate: number | null): string {
  if (nationRate === null) return "";
  const word = rate > nationRate ? "above" : rate < nationRate ? "below" : "level with";
  return ` and ${word} ${possessive(nation)} ${formatNumber(nationRate)}`;
}

function rankPhrase(r: CouncilRank): string {
  const tie = r.tiedWith > 0 ? `, and ${countWord(r.tiedWith)} ${r.tiedWith === 1 ? "other had" : "others had"} the same one` : "";
  return `${countWord(r.higher)} of ${r.of} councils had a higher rate${tie}`;
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
export function describeSimilarCouncils(f: SimilarCouncilsFacts): Description {
  const { latest, first } = f;
  const highest = latest.neighbours.highest;
  const tie = (r: CouncilRank) => (r.tiedWith > 0 ? `, level with ${countWord(r.tiedWith)} other${r.tiedWith === 1 ? "" : "s"}` : "");
  const description = [
    `In ${latest.rank.year}, ${f.name} looked after ${formatNumber(latest.rank.rate)} children for every 10,000, ${againstNeighbours(latest.neighbours, f.groupSize)}${againstNation(f.nation, latest.rank.rate, latest.nationRate)}.`,
    `Its rate was the ${ordinal(latest.rank.rank)} highest of the ${latest.rank.of} councils with a published figure${tie(latest.rank)}.`,
  ].join(" ");
  const details = [
    ...(highest ? [`The highest rate among the neighbours in ${latest.rank.year} was ${possessive(highest.name)}, ${formatNumber(highest.rate)}.`] : []),
    `In ${first.rank.year} ${possessive(f.name)} rate was ${formatNumber(first.rank.rate)}, ${againstNeighbours(first.neighbours, f.groupSize)}${againstNation(f.nation, first.rank.rate, first.nationRate)}.`,
    `That year ${rankPhrase(first.rank)}.`,
  ];
  return { description, details };
}
