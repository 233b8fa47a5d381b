/** Date formatting in British English, for dates held as ISO text (no time zones involved). */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2018-10-18" → "18 October 2018"; "2017-09" → "September 2017"; "2024" → "2024". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
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
  const [sy, sm, sd] = start.split("-");
  const [ey, em, ed] = end.split("-");
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

/** True for a real calendar day written YYYY-MM-DD (rejects 2018-02-31 and 2018-13-01). */
export function isIsoDay(text: string): boolean {
  const t = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}
