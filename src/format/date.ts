/**
 * The site's one date module: dates held as ISO text (a day, a month or a year, no time
 * zones involved), written in British English. Prose, tables, charts, feeds and the
 * markdown date binding all format through here, so a date reads the same everywhere.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// British English abbreviations as the en-GB locale writes them ("Sept", not "Sep").
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2018-02-31 and 2018-13-01). */
export function isIsoDay(text: string): boolean {
  const t = Date.parse(`${text}T00:00:00Z`);
  return DAY.test(text) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** True for a real day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY). */
export function isIsoDate(text: string): boolean {
  const m = MONTH.exec(text);
  return isIsoDay(text) || (m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12) || YEAR.test(text);
}

function checked(iso: string): string[] {
  if (!isIsoDate(iso)) throw new Error(`"${iso}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  return iso.split("-");
}

/** "2018-10-18" → "18 October 2018"; "2017-09" → "September 2017"; "2024" → "2024". Throws on anything else. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = checked(iso);
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A day with its month abbreviated and no year, for tight labels: "2018-10-18" → "18 Oct". */
export function formatShortDay(iso: string): string {
  if (!isIsoDay(iso)) throw new Error(`"${iso}" is not a day (YYYY-MM-DD)`);
  const [, m, d] = iso.split("-");
  return `${Number(d)} ${SHORT_MONTHS[Number(m) - 1]}`;
}

/** A span in the fewest words: "11–12 July 2018", "24 October – 17 November 2016", "September 2017 – January 2019". */
export function formatIsoRange(start: string, end: string): string {
  const p = isoRangeParts(start, end);
  return p.start + p.separator + p.end;
}

/**
 * The two ends of a range as formatIsoRange writes them, apart, so each can be its own
 * <time datetime> (HTML has no valid datetime for an interval such as "2018-07-11/2018-07-12").
 */
export function isoRangeParts(start: string, end: string): { start: string; separator: string; end: string } {
  const [sy, sm, sd] = checked(start);
  const [ey, em, ed] = checked(end);
  if (sd !== undefined && ed !== undefined && sy === ey && sm === em) return { start: String(Number(sd)), separator: "–", end: formatIsoDate(end) };
  if (sd !== undefined && sy === ey) return { start: `${Number(sd)} ${MONTHS[Number(sm) - 1]}`, separator: " – ", end: formatIsoDate(end) };
  return { start: formatIsoDate(start), separator: " – ", end: formatIsoDate(end) };
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day after `iso`. */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
