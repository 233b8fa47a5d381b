/**
 * Checks the YAML files of content/ against their zod schemas before Astro runs, so bad
 * content stops the build with errors in the project's form, `path:LINE: field: problem`,
 * all at once. Astro checks the same schemas again when it loads the collections; its own
 * message names the entry but not the file and line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { validateYamlText } from "./yaml-errors.ts";
import { timelineEventSchema, type KnownSource } from "../../schemas/timeline.ts";
import { feedbackConfigSchema } from "../../schemas/feedback.ts";
import { claimsFileSchema, type ClaimDocument } from "../../schemas/claims-file.ts";
import { claimChecks } from "../claims/checks.ts";
import { feedbackConfigPath } from "../consultation/config-path.ts";
import { contentDir } from "./content-dir.ts";

export { validateYamlText };

/** Every error in content/timeline/*.yaml, content/claims.yaml and the feedback config (content/feedback.yaml), relative to `root`. */
export function validateContent(root: string, knownSources: ReadonlySet<string> | ReadonlyMap<string, KnownSource>): string[] {
  const errors: string[] = [];
  // CONTENT_DIR (content/ by default): a build of a copy checks the copy.
  const dir = join(root, contentDir(), "timeline");
  const schema = timelineEventSchema(knownSources);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const path = join(dir, name);
    errors.push(...validateYamlText(readFileSync(path, "utf8"), relative(root, path), schema));
  }
  const claims = join(root, contentDir(), "claims.yaml");
  errors.push(...validateYamlText(readFileSync(claims, "utf8"), relative(root, claims), claimsFileSchema(knownSources, claimDocuments(root), claimChecks)));
  const feedback = join(root, feedbackConfigPath());
  errors.push(...validateYamlText(readFileSync(feedback, "utf8"), relative(root, feedback), feedbackConfigSchema, ["consultation"]));
  return errors;
}

/** The sections content/pages/claims.md declares; each claim's `document` names one. */
export function claimDocuments(root: string): ClaimDocument[] {
  const file = join(root, contentDir(), "pages", "claims.md");
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
  const sections = (parseDocument(front).toJS() as { sections?: { id?: unknown; sourceId?: unknown }[] } | null)?.sections ?? [];
  return sections.map((s) => ({ id: String(s.id), sourceId: typeof s.sourceId === "string" ? s.sourceId : undefined }));
}
