/**
 * Where the feedback config is read from, relative to the working directory: the site
 * configuration's `paths.feedback` (content/feedback.yaml), or a fixture that a test
 * names with FEEDBACK_CONFIG (read by the configuration, src/config/config.ts).
 */
import { relative } from "node:path";
import type { SiteConfig } from "../../config/config.ts";

/** The feedback config's path relative to the working directory. */
export function feedbackConfigPath(config: SiteConfig): string {
  return relative(process.cwd(), config.paths.feedback);
}
