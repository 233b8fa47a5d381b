/** Dates in prose: "18 October 2018", "October 2018" or "2018", always with a machine-readable datetime. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFmt = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** The British English text for an ISO date, month or year; null when the value is not one. */
export function formatIsoDate(iso: string): string | null {
  let m = DAY.exec(iso);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    return d.toISOString().slice(0, 10) === iso ? dayFmt.format(d) : null;
  }
  m = MONTH.exec(iso);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? monthFmt.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1))) : null;
  return YEAR.test(iso) ? iso : null;
}
