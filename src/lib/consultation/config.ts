/** The feedback config from content/feedback.yaml: the one way pages read it. */
import { getEntry } from "astro:content";
import type { FeedbackConfig } from "../../schemas/feedback.ts";

/** The consultation's feedback config; a missing entry stops the build. */
export async function feedbackConfig(): Promise<FeedbackConfig> {
  const entry = await getEntry("feedback", "consultation");
  if (!entry) throw new Error('content/feedback.yaml: consultation: missing (the file must define an entry "consultation")');
  return entry.data;
}
