/**
 * Checks the YAML files of content/ against their zod schemas before Astro runs, so bad
 * content stops the build with errors in the project's form, `path:LINE: field: problem`,
 * all at once. Astro checks the same schemas again when it loads the collections; its own
 * message names the entry but not the file and line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readYaml, validateYamlText } from "../format/yaml-errors.ts";
import { timelineEventSchema, type KnownSource } from "../schemas/timeline.ts";
import { feedbackConfigSchema } from "../schemas/feedback.ts";
import { meetingSchema } from "../schemas/meeting.ts";
import { claimsFileSchema, type ClaimDocument } from "../schemas/claims-file.ts";
import { claimChecksFor } from "../lib/claims/checks.ts";
import type { SiteConfig } from "../config/config.ts";
import { featureWordProblems, uiProblems } from "../lib/content/ui.ts";
import { labelsSchema } from "../lib/markdown/labels.ts";
import { existsSync } from "node:fs";
import type { ZodType } from "astro/zod";
import { chartEntryProblems, chartKindsUsed, chartReferenceProblems, ledgerProblems } from "../charts/entries.ts";

export { validateYamlText };

/**
 * Every error in the site's content/timeline/*.yaml, content/meetings/*.yaml, content/claims.yaml, feedback
 * config, chart entries (content/charts/*.yaml), published chart ids
 * (content/published-charts.yaml), charts named in content, content/ui.yaml and
 * content/labels.yaml, with paths relative to the working directory. The folders come
 * from the site configuration, so a build of a copy (CONTENT_DIR) or of another site checks that one.
 */
export function validateContent(knownSources: ReadonlySet<string> | ReadonlyMap<string, KnownSource>, config: SiteConfig): string[] {
  const errors: string[] = [];
  const check = (path: string, schema: ZodType, at?: string[]) => errors.push(...validateYamlText(readFileSync(path, "utf8"), shownPath(path), schema, at));
  const dir = join(config.paths.content, "timeline");
  const schema = timelineEventSchema(knownSources);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) check(join(dir, name), schema);
  // A site may record no meetings.
  const meetings = join(config.paths.content, "meetings");
  if (existsSync(meetings)) for (const name of readdirSync(meetings).filter((n) => n.endsWith(".yaml")).sort()) check(join(meetings, name), meetingSchema);
  // A site may check no claims: without content/claims.yaml it has no claims page.
  const claims = join(config.paths.content, "claims.yaml");
  if (existsSync(claims)) check(claims, claimsFileSchema(knownSources, claimDocuments(config.paths.content), claimChecksFor(config)));
  check(config.paths.feedback, feedbackConfigSchema, ["consultation"]);
  errors.push(...chartEntryProblems(config.paths.content, config), ...ledgerProblems(config.paths.content), ...chartReferenceProblems(config.paths.content));
  const labels = join(config.paths.content, "labels.yaml");
  if (existsSync(labels)) check(labels, labelsSchema);
  // The site's wording over the engine's defaults; the site's file may be missing.
  errors.push(...uiProblems(shownPath(join(config.paths.content, "ui.yaml"))));
  // And the sentences of the features its content has (council pages come with a chart of kind similar-councils).
  errors.push(...featureWordProblems(shownPath(join(config.paths.content, "ui.yaml")), chartKindsUsed(config.paths.content)));
  return errors;
}

/** A path as error messages give it: relative to the working directory. */
export const shownPath = (path: string): string => relative(process.cwd(), path) || path;

/** The sections content/pages/claims.md declares; each claim's `document` names one. */
export function claimDocuments(content: string): ClaimDocument[] {
  const file = join(content, "pages", "claims.md");
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
  const sections = (readYaml(front, shownPath(file)) as { sections?: { id?: unknown; sourceId?: unknown }[] } | null)?.sections ?? [];
  return sections.map((s) => ({ id: String(s.id), sourceId: typeof s.sourceId === "string" ? s.sourceId : undefined }));
}
