/**
 * What a section's "respond" line shows, as a plain object the RespondLink component lays
 * out. It never produces a link to a form that is not open, and never a made-up address.
 * With no form in the config there is no line at all: what is known about the
 * consultation is said once, in the proposal's consultation section and on /respond/,
 * not under every section.
 */
import type { FeedbackConfig } from "../../schemas/feedback.ts";
import { consultationState, describeState, describeStateHtml, type ConsultationState } from "./state.ts";
import { escapeHtml } from "../../format/escape.ts";
import type { ConsultationWords } from "./state.ts";
import type { IsoDate } from "../../config/as-of.ts";

export type RespondLinkModel =
  /** Open with a known form: link to it with the section id. */
  | { kind: "open"; href: string; text: string; note: string; noteHtml: string }
  /** Closed: when, and a link to the outcome where one is published. */
  | { kind: "closed"; text: string; html: string; outcome: { label: string; url: string } | null }
  /** A form is known but not open yet, or its dates are not published: words only, pointing to /respond/. */
  | { kind: "info"; text: string; html: string }
  /** No response form is known: nothing to show. */
  | { kind: "none" };

// `text` is plain; `html` is the same sentence with its dates in <time> and counts in <data>.
const info = (state: ConsultationState, after: string, w: ConsultationWords): RespondLinkModel => ({ kind: "info", text: `${describeState(state, w)}${after}`, html: `${describeStateHtml(state, w)}${escapeHtml(after)}` });

/** The form address with the section id in the configured query parameter. */
export function sectionFormUrl(formUrl: string, param: string, sectionId: string): string {
  const url = new URL(formUrl);
  url.searchParams.set(param, sectionId);
  return url.href;
}

/** The respond line for one section on the as-of date, in the site's words (its wording's `consultation`). */
export function respondLink(config: FeedbackConfig, sectionId: string, asOf: IsoDate, w: ConsultationWords, state: ConsultationState = consultationState(config, asOf)): RespondLinkModel {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(sectionId)) throw new Error(`respondLink: section id "${sectionId}" must be letters, digits, "-" or "_"`);
  if (config.formUrl === null) return { kind: "none" };
  switch (state.kind) {
    case "closed":
      return { kind: "closed", text: describeState(state, w), html: describeStateHtml(state, w), outcome: config.outcome };
    case "open":
      return { kind: "open", href: sectionFormUrl(config.formUrl, config.sectionParam, sectionId), text: w.respond, note: describeState(state, w), noteHtml: describeStateHtml(state, w) };
    case "upcoming":
      return info(state, ` ${w.respondLater}`, w);
    case "not published":
      return info(state, "", w);
  }
}
