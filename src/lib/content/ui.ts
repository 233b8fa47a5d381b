/**
 * The site's fixed wording (content/ui.yaml), read once and checked against its schema;
 * and the one way its `{name}` slots are filled. Plain TypeScript, so build scripts can
 * use it too; pages render the wording through the site's markdown (ui-render.ts).
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { uiSchema, type Ui } from "../../schemas/ui.ts";
import { validateYamlText } from "./yaml-errors.ts";
import { siteConfig, type SiteConfig } from "../site/config.ts";

export type { Ui } from "../../schemas/ui.ts";

export class UiError extends Error {}

/** The wording file of a site, as a path from the working directory (for error messages and the markdown renderer). */
export function uiFile(config: SiteConfig = siteConfig()): string {
  return relative(process.cwd(), join(config.paths.content, "ui.yaml"));
}

/** A site's wording from its file; throws UiError naming file, line and field. */
export function loadUi(file: string): Ui {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UiError(`${file}:1: (file): missing; every site has a content/ui.yaml with its fixed wording (see docs/content.md)`);
  }
  const errors = validateYamlText(text, file, uiSchema);
  if (errors.length > 0) throw new UiError(errors.join("\n"));
  return uiSchema.parse(parse(text));
}

let loaded: Ui | undefined;

/** This site's wording, read once. */
export function ui(): Ui {
  loaded ??= loadUi(uiFile());
  return loaded;
}

export { fillSlots, type Html, type SlotValue } from "./slots.ts";
