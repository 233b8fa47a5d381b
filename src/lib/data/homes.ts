/**
 * How many council children's homes each source says there were, and what the proposal
 * would do to them, from data/homes-accounts.csv and data/homes-counts.csv. Sources can
 * disagree on the total and on how many would close; every account is kept as its source
 * gives it, and nothing the source does not state is filled in (an absent count is absent,
 * never 0).
 */
import { dataPackage, type Confidence } from "./index.ts";
import { Missing } from "../../format/table-schema.ts";
import type { SiteConfig } from "../../config/config.ts";

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

const rows = (name: string, config: SiteConfig) => {
  const r = dataPackage(config).resources.get(name);
  if (!r) throw new Error(`data package has no resource "${name}"`);
  return r.rows.map((x) => x.row);
};

/** Every account, in file order (the council's own first). */
export function homesAccounts(config: SiteConfig): readonly HomesAccount[] {
  const counts = rows("homes-counts", config);
  return rows("homes-accounts", config).map((r) => {
    const sourceId = String(r.source_id);
    const mine = counts.filter((c) => c.source_id === sourceId);
    const inSentence = r.in_sentence instanceof Missing ? undefined : String(r.in_sentence);
    return {
      sourceId,
      label: String(r.label),
      ...(inSentence ? { inSentence } : {}),
      date: String(r.date),
      counts: Object.fromEntries(mine.map((c) => [String(c.kind), c.homes as number])) as Partial<Record<HomeKind, number>>,
      derived: mine.filter((c) => c.derived === true).map((c) => String(c.kind) as HomeKind),
      statedTotal: typeof r.stated_total === "number" ? r.stated_total : null,
      says: String(r.says),
      confidence: r.confidence as Confidence,
    };
  });
}

/** The sum of an account's counts; equals its stated total where it gives one. */
export function accountTotal(a: HomesAccount): number {
  return Object.values(a.counts).reduce((s, n) => s + n, 0);
}
