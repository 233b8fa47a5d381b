/**
 * Where the feedback config is read from: content/feedback.yaml, or FEEDBACK_CONFIG (a
 * path relative to the repository root) so tests can build the site with a fixture config.
 */
export const DEFAULT_FEEDBACK_CONFIG = "content/feedback.yaml";

/** The feedback config's path relative to the repository root. */
export function feedbackConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.FEEDBACK_CONFIG || DEFAULT_FEEDBACK_CONFIG;
}
