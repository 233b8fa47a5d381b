/** Feedback configs from YAML fixtures, parsed through the real schema. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { feedbackConfigSchema, type FeedbackConfig } from "../../src/schemas/feedback.ts";
import { ROOT } from "./timeline.ts";

/** test/fixtures/feedback/<name>.yaml, or the project's own content/feedback.yaml for "project". */
export function feedbackFixture(name: "upcoming" | "open" | "closed" | "unknown" | "project"): FeedbackConfig {
  const path = name === "project" ? join(ROOT, "content", "feedback.yaml") : join(ROOT, "test", "fixtures", "feedback", `${name}.yaml`);
  return feedbackConfigSchema.parse(parse(readFileSync(path, "utf8")).consultation);
}
