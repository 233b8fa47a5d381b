/**
 * Where a consultation stands on the build's as-of date, from its configured dates.
 * A date that is not published is never guessed: with no dates the state says so.
 */
import type { FeedbackConfig } from "../../schemas/feedback.ts";
import type { IsoDate } from "../../config/as-of.ts";
import { daysBetween, formatIsoDate } from "../../format/date.ts";
import { escapeHtml } from "../../format/escape.ts";
import type { Ui } from "../content/ui.ts";
import { SLOT } from "../../schemas/ui.ts";

/** The words a consultation's state is told in (the site's wording, `consultation`). */
export type ConsultationWords = Ui["consultation"];

export type ConsultationState =
  /** Neither date is published. */
  | { kind: "not published" }
  /** Opens after the as-of date. */
  | { kind: "upcoming"; opens: IsoDate; closes: IsoDate | null }
  /** Open on the as-of date; `daysLeft` counts days after the as-of date (0 = closes today), null when the closing date is not published. */
  | { kind: "open"; opens: IsoDate | null; closes: IsoDate | null; daysLeft: number | null }
  /** Closed before the as-of date. */
  | { kind: "closed"; closed: IsoDate };

/** The consultation's state on `asOf`. */
export function consultationState(config: Pick<FeedbackConfig, "opens" | "closes">, asOf: IsoDate): ConsultationState {
  const { opens, closes } = config;
  if (opens === null && closes === null) return { kind: "not published" };
  if (closes !== null && closes < asOf) return { kind: "closed", closed: closes };
  if (opens !== null && opens > asOf) return { kind: "upcoming", opens, closes };
  // Only a closing date is known and it is still ahead: open as far as the record shows.
  return { kind: "open", opens, closes, daysLeft: closes === null ? null : daysBetween(asOf, closes) };
}

/**
 * Whether readers can still take part: a response form is known and the consultation is
 * open or about to open on `asOf`. Only a live consultation's pages prompt readers to
 * respond; a closed, undated or formless one is a matter of record.
 */
export function isLive(config: Pick<FeedbackConfig, "formUrl" | "opens" | "closes">, asOf: IsoDate): boolean {
  const kind = consultationState(config, asOf).kind;
  return config.formUrl !== null && (kind === "open" || kind === "upcoming");
}

/** A piece of a sentence on the state: words, a date, or a count of days (so pages can bind them to <time> and <data>). */
export type StatePart = string | { date: IsoDate } | { days: number };

/** A sentence from content/ui.yaml (consultation) in parts: its words, and its slots' values. */
function parts(template: string, slots: Record<string, Exclude<StatePart, string>>): StatePart[] {
  const out: StatePart[] = [];
  let at = 0;
  for (const m of template.matchAll(SLOT)) {
    if (m.index > at) out.push(template.slice(at, m.index));
    out.push(slots[m[1]!]!);
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  return out;
}

/** One sentence on the state, in parts. */
export function describeStateParts(state: ConsultationState, t: ConsultationWords): StatePart[] {
  switch (state.kind) {
    case "not published":
      return parts(t.notPublished, {});
    case "upcoming":
      return state.closes ? parts(t.upcomingCloses, { opens: { date: state.opens }, closes: { date: state.closes } }) : parts(t.upcoming, { opens: { date: state.opens } });
    case "open":
      if (state.closes === null || state.daysLeft === null) return parts(t.openNoClose, {});
      if (state.daysLeft === 0) return parts(t.closesToday, { closes: { date: state.closes } });
      return parts(state.daysLeft === 1 ? t.openUntilOneDay : t.openUntil, { closes: { date: state.closes }, days: { days: state.daysLeft } });
    case "closed":
      return parts(t.closed, { closed: { date: state.closed } });
  }
}

/** The parts as plain text. */
export function statePartsText(parts: StatePart[]): string {
  return parts.map((p) => (typeof p === "string" ? p : "date" in p ? formatIsoDate(p.date) : String(p.days))).join("");
}

/** The parts as HTML: dates as <time datetime>, the count of days as <data value>. */
export function statePartsHtml(parts: StatePart[]): string {
  return parts
    .map((p) => (typeof p === "string" ? escapeHtml(p) : "date" in p ? `<time datetime="${p.date}">${escapeHtml(formatIsoDate(p.date))}</time>` : `<data value="${p.days}">${p.days}</data>`))
    .join("");
}

/** One sentence on the state, as plain text. */
export function describeState(state: ConsultationState, words: ConsultationWords): string {
  return statePartsText(describeStateParts(state, words));
}

/** One sentence on the state, as HTML with its dates and count bound. */
export function describeStateHtml(state: ConsultationState, words: ConsultationWords): string {
  return statePartsHtml(describeStateParts(state, words));
}
