/**
 * The explicit short list of identifiers that may appear in prose with digits in them
 * (content/labels.yaml). They are names, not figures (an agenda item, a minute or report
 * number, a financial year, an age band), so they carry a data-label instead of a <data>
 * value. The numerals check accepts digits inside a data-label only when kind and text
 * match an entry here.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";
import { validateYamlText } from "../../format/yaml-errors.ts";
import type { SiteConfig } from "../../config/config.ts";

export const LABEL_KINDS = ["agenda-item", "minute", "report-number", "financial-year", "age-band", "unit", "standard", "release", "count-date"] as const;

export interface Label {
  /** What sort of identifier it is; becomes the data-label attribute. */
  kind: (typeof LABEL_KINDS)[number];
  /** The text shown, exactly. */
  text: string;
}

export const labelsSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a key of lower-case words and digits joined by hyphens"),
  z.object({ kind: z.enum(LABEL_KINDS), text: z.string().min(1) }).strict(),
);

/** A site's labels from its content/labels.yaml (none when the file is absent); throws naming file, line and field. */
export function loadLabels(config: SiteConfig): Readonly<Record<string, Label>> {
  const path = join(config.paths.content, "labels.yaml");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  const file = relative(process.cwd(), path);
  const errors = validateYamlText(text, file, labelsSchema);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return labelsSchema.parse(parse(text) ?? {});
}

/**
 * True when an element with this data-label kind and text is on the short list. A
 * "release" label names a source's release exactly as data/sources.csv gives it (e.g.
 * "SFR41/2016"), so that file is its list; pass its release names. `list` is the site's labels (loadLabels).
 */
export function isListedLabel(kind: string, text: string, list: Readonly<Record<string, Label>>, releases: readonly string[] = []): boolean {
  const t = text.trim();
  if (kind === "release") return releases.includes(t);
  return Object.values(list).some((l) => l.kind === kind && l.text === t);
}
