/**
 * How many council children's homes each source says there were, and what the October
 * 2018 proposal would do to them. The sources disagree on the total (10 or 12) and on
 * how many would close (four or six); every account is kept as its source gives it, and
 * nothing the source does not state is filled in. Figures from FACTS section 4.
 */
import type { Confidence } from "./index.ts";

/** Kinds of home, in the order charts stack them. */
export type HomeKind = "residential_close" | "residential_stay" | "disability_unaffected" | "close_type_unstated" | "not_broken_down";

/** One source's account of the homes. Counts it does not give are absent, never 0. */
export interface HomesAccount {
  /** Row of data/sources.csv. */
  sourceId: string;
  /** Short name of the account, e.g. "Council news release". */
  label: string;
  /** How a sentence names it, where that differs from the label: "the council's news release". */
  inSentence?: string;
  date: string;
  counts: Partial<Record<HomeKind, number>>;
  /** Counts that are our arithmetic on what the source says (e.g. six cut to two is four to close), not stated by it. */
  derived: readonly HomeKind[];
  /** The total of homes the source itself gives, or null where it gives none (the sum is then ours). */
  statedTotal: number | null;
  /** What the source says, in the project's words with short quoted phrases. */
  says: string;
  confidence: Confidence;
}

export const HOME_KINDS: readonly HomeKind[] = ["residential_close", "residential_stay", "disability_unaffected", "close_type_unstated", "not_broken_down"];

const ACCOUNTS: readonly HomesAccount[] = [
  {
    sourceId: "wcc-news-2018-10-11",
    label: "Council news release",
    inSentence: "the council's news release",
    date: "2018-10-11",
    counts: { residential_close: 4, residential_stay: 2, disability_unaffected: 4 },
    derived: ["residential_close"],
    statedTotal: null,
    says: "Said its residential children's homes would be cut from six to two, and its four homes for children with disabilities would not be affected.",
    confidence: "read",
  },
  {
    sourceId: "bromsgrove-standard-2018-10-15",
    label: "Bromsgrove Standard",
    inSentence: "the Bromsgrove Standard",
    date: "2018-10-15",
    counts: { residential_close: 4, residential_stay: 2, disability_unaffected: 4 },
    derived: ["residential_close", "residential_stay"],
    statedTotal: null,
    says: "Named the homes: Old Hollow (Malvern) and a Tenbury home would go, and two of Oak House, Rivendell, The Riddings and Orchardene would close; four homes for disabled children would stay.",
    confidence: "press",
  },
  {
    sourceId: "bbc-2018-10-11",
    label: "BBC News",
    date: "2018-10-11",
    counts: { not_broken_down: 10 },
    derived: [],
    statedTotal: 10,
    says: "A caption said the council ran 10 children's homes.",
    confidence: "press",
  },
  {
    sourceId: "wcc-cabinet-2018-10-18",
    label: "Cabinet minutes",
    inSentence: "the Cabinet minutes",
    date: "2018-10-18",
    counts: { close_type_unstated: 6, not_broken_down: 6 },
    derived: ["not_broken_down"],
    statedTotal: 12,
    says: 'Spoke of closing "six out of twelve" homes, without saying of what type.',
    confidence: "read",
  },
];

/** Every account, in the order above (the council's own first). */
export function homesAccounts(): readonly HomesAccount[] {
  return ACCOUNTS;
}

/** The sum of an account's counts; equals its stated total where it gives one. */
export function accountTotal(a: HomesAccount): number {
  return Object.values(a.counts).reduce((s, n) => s + n, 0);
}
