/**
 * Values a later DfE release revised. The data keeps the later value and records an
 * earlier one, with its release, in revised_from and revised_from_source; every
 * table, prose figure and CSV that shows such a value says so in the same words: the
 * site's (charts.firstPublished and charts.previouslyPublished in its wording).
 */
import { source, type LookedAfterValue } from "./index.ts";
import { formatNumber } from "../../format/number.ts";
import { fillSlots } from "../../format/slots.ts";
import type { Ui } from "../../schemas/ui.ts";
import type { SiteConfig } from "../../config/config.ts";

/** The words a revised value's note is written in. */
export type RevisionWords = Pick<Ui["charts"], "firstPublished" | "previouslyPublished">;

/** The value an earlier release gave, and that release. */
export interface Revision {
  /** The earlier value (revised_from). */
  earlier: number;
  sourceId: string;
  /** The release's plain label from data/sources.csv, e.g. "2010 release (SFR27/2010)". */
  release: string;
  /**
   * True where the earlier release is the year's own (its reporting year is the value's
   * year), so the value was first published there. Otherwise the data records only a
   * later release's figure, and the words say "previously", not "first".
   */
  first: boolean;
}

/** The revision of a value, or null where no later release changed it. */
export function revisionOf(v: Pick<LookedAfterValue, "year" | "revisedFrom" | "revisedFromSource">, config: SiteConfig): Revision | null {
  if (v.revisedFrom === null || v.revisedFromSource === null) return null;
  const s = source(v.revisedFromSource, config);
  return { earlier: v.revisedFrom, sourceId: s.id, release: s.release, first: s.reportingYear === v.year };
}

/**
 * "first published as 64,400 in the 2010 release (SFR27/2010)", or "previously published
 * as …" where that release was not the first. Release labels are DfE's plain ones from
 * data/sources.csv ("2022 release", "National time series, 2024 release"), read mid-sentence.
 */
export function firstPublishedText(r: Revision, w: RevisionWords): string {
  const release = r.release.charAt(0).toLowerCase() + r.release.slice(1);
  return fillSlots(r.first ? w.firstPublished : w.previouslyPublished, { value: formatNumber(r.earlier), release });
}

/** "64,460; first published as 64,400 in the 2010 release (SFR27/2010)": the note on a revised value. */
export function revisionText(valueText: string, r: Revision, w: RevisionWords): string {
  return `${valueText}; ${firstPublishedText(r, w)}`;
}
