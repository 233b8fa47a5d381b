/**
 * The feedback config's prose (name, note, other ways to take part) rendered through the
 * site's one markdown setup, so its dates and figures are bound and an unbound number
 * stops the build naming content/feedback.yaml.
 */
import { forFile } from "../content/site-markdown.ts";
import { feedbackConfigPath } from "./config-path.ts";
import { feedbackConfig } from "./config.ts";
import type { SiteConfig } from "../../config/config.ts";

/** The config's prose fields as inline HTML. */
export interface FeedbackHtml {
  name: string;
  note: string | null;
  otherWays: { label: string; detail: string; url: string | null }[];
}

/** The consultation's prose, rendered (the site configuration says where its file is). */
export async function feedbackHtml(site: SiteConfig): Promise<FeedbackHtml> {
  const config = await feedbackConfig();
  const r = await forFile(feedbackConfigPath(site), site);
  return {
    name: r.inline(config.name),
    note: config.note === null ? null : r.inline(config.note),
    otherWays: config.otherWays.map((w) => ({ label: r.inline(w.label), detail: r.inline(w.detail), url: w.url })),
  };
}
