/**
 * A council's place among the councils with a published rate, as the similar-councils and
 * council-page charts give it in their table's rank row and their tooltips: one wording for
 * both (the wording's charts.rank), "joint" wherever another council has the same rate.
 */
import { ordinal } from "../../format/number.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";

type RankWords = Ui["charts"]["rank"];

/** A place as both rankings give it: its ordinal, out of how many, and how many share it. */
interface Place {
  rank: number;
  of: number;
  tiedWith: number;
}

const slots = (r: Place) => ({ rank: ordinal(r.rank), of: r.of });

/** The rank row's cell: "71st of 152", "joint 71st of 152", or the words for no rank. */
export function rankCell(r: Place | null, w: RankWords): string {
  return r ? fillSlots(r.tiedWith > 0 ? w.cellTied : w.cell, slots(r)) : w.none;
}

/** What a tooltip adds after the rate: "; joint 71st highest of 152 councils", or nothing. */
export function rankTip(r: Place | null, w: RankWords): string {
  return r ? fillSlots(r.tiedWith > 0 ? w.tipTied : w.tip, slots(r)) : "";
}
