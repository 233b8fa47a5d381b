/**
 * The build's "as of" date. Every state on the site that depends on the date (past or
 * upcoming, consultation open or closed) is computed from this one value, set by
 * SITE_AS_OF=YYYY-MM-DD, the site configuration's `asOf`, or by default the day of the
 * build, settled once by src/config/config.ts. Nothing else reads the clock.
 */
import { isIsoDay } from "../format/date.ts";

/** A calendar date as YYYY-MM-DD, compared as text. */
export type IsoDate = string;

/** Parse and check an ISO date; throws with the variable name on a bad value. */
export function parseAsOf(value: string, name = "SITE_AS_OF"): IsoDate {
  if (!isIsoDay(value)) throw new Error(`${name}: "${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}
