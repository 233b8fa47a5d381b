/**
 * The build's "as of" date. Every state on the site that depends on the date (past or
 * upcoming, consultation open or closed) is computed from this one value, set by
 * SITE_AS_OF=YYYY-MM-DD or, by default, the day of the build. Nothing else reads the clock.
 */

/** A calendar date as YYYY-MM-DD, compared as text. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse and check an ISO date; throws with the variable name on a bad value. */
export function parseAsOf(value: string, name = "SITE_AS_OF"): IsoDate {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new Error(`${name}: "${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}

let asOf: IsoDate | undefined;

/** The build's as-of date: SITE_AS_OF, or today in UTC, read once per build. */
export function siteAsOf(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): IsoDate {
  asOf ??= env.SITE_AS_OF ? parseAsOf(env.SITE_AS_OF) : now().toISOString().slice(0, 10);
  return asOf;
}
