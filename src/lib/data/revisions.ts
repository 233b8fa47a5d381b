/**
 * Values a later DfE release revised. The data keeps the later value and records the one
 * first published, with its release, in revised_from and revised_from_source; every
 * table, prose figure and CSV that shows such a value says so in the same words.
 */
import { source, type LookedAfterValue } from "./index.ts";
import { formatNumber } from "../format/number.ts";

/** A value as first published, and the release that published it. */
export interface Revision {
  firstPublished: number;
  sourceId: string;
  /** The release's plain label from data/sources.csv, e.g. "SFR27/2010". */
  release: string;
}

/** The revision of a value, or null where no later release changed it. */
export function revisionOf(v: Pick<LookedAfterValue, "revisedFrom" | "revisedFromSource">): Revision | null {
  if (v.revisedFrom === null || v.revisedFromSource === null) return null;
  return { firstPublished: v.revisedFrom, sourceId: v.revisedFromSource, release: source(v.revisedFromSource).release };
}

/** "first published as 64,400 (SFR27/2010)" */
export function firstPublishedText(r: Revision): string {
  return `first published as ${formatNumber(r.firstPublished)} (${r.release})`;
}

/** "64,460; first published as 64,400 (SFR27/2010)": the note on a revised value. */
export function revisionText(valueText: string, r: Revision): string {
  return `${valueText}; ${firstPublishedText(r)}`;
}
