/**
 * What a section's "respond" line shows, as a plain object the RespondLink component lays
 * out. It never produces a link to a form that is not open, and never a made-up address.
 */
import type { FeedbackConfig } from "../../schemas/feedback.ts";
import { consultationState, describeState, type ConsultationState } from "./state.ts";
import type { IsoDate } from "../site/as-of.ts";

export type RespondLinkModel =
  /** Open with a known form: link to it with the section id. */
  | { kind: "open"; href: string; text: string; note: string }
  /** Closed: when, and a link to the outcome where one is published. */
  | { kind: "closed"; text: string; outcome: { label: string; url: string } | null }
  /** Not open yet, or no form address or dates published: words only, pointing to /respond/. */
  | { kind: "info"; text: string };

/** The form address with the section id in the configured query parameter. */
export function sectionFormUrl(formUrl: string, param: string, sectionId: string): string {
  const url = new URL(formUrl);
  url.searchParams.set(param, sectionId);
  return url.href;
}

/** The respond line for one section on the as-of date. */
export function respondLink(config: FeedbackConfig, sectionId: string, asOf: IsoDate, state: ConsultationState = consultationState(config, asOf)): RespondLinkModel {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(sectionId)) throw new Error(`respondLink: section id "${sectionId}" must be letters, digits, "-" or "_"`);
  switch (state.kind) {
    case "closed":
      return { kind: "closed", text: describeState(state), outcome: config.outcome };
    case "open":
      if (config.formUrl === null) return { kind: "info", text: `${describeState(state)} The address of its response form is not found in published sources.` };
      return { kind: "open", href: sectionFormUrl(config.formUrl, config.sectionParam, sectionId), text: "Respond to this section", note: describeState(state) };
    case "upcoming":
      return { kind: "info", text: `${describeState(state)} A link to respond to this section will appear here while it is open.` };
    case "not published":
      return {
        kind: "info",
        text: config.formUrl === null ? "The consultation's response form and dates are not found in published sources." : describeState(state),
      };
  }
}
