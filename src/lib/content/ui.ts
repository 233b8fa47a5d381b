/**
 * The site's fixed wording, read once and checked against its schema; and the one way its
 * `{name}` slots are filled. The engine ships its own wording in ui.defaults.yaml (beside
 * this file); a site's content/ui.yaml overrides it key by key: objects merge, and a
 * string or list in the site's file replaces the default whole. The merged wording is
 * checked against the schema, each error naming the file (site or defaults) the value
 * came from, its line and its key. Plain TypeScript, so build scripts can use it too;
 * pages render the wording through the site's markdown (ui-render.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { uiSchema, type Ui } from "../../schemas/ui.ts";
import { parseYamlText, type ParsedYaml } from "../../format/yaml-errors.ts";
import type { SiteConfig } from "../../config/config.ts";
import { perSite } from "../../config/per-site.ts";

export type { Ui } from "../../schemas/ui.ts";

export class UiError extends Error {}

/**
 * The engine's own wording, which every site's ui.yaml overrides key by key: beside this
 * module when it runs from its source (build scripts, tests, whatever the working
 * directory), else from the engine's root as the working directory (Astro bundles this
 * module elsewhere, and runs from the engine's root).
 */
export const UI_DEFAULTS_FILE = ((): string => {
  const beside = join(import.meta.dirname, "ui.defaults.yaml");
  return relative(process.cwd(), existsSync(beside) ? beside : join(process.cwd(), "src", "lib", "content", "ui.defaults.yaml"));
})();

/** The wording file of a site, as a path from the working directory (for error messages and the markdown renderer). */
export function uiFile(config: SiteConfig): string {
  return relative(process.cwd(), join(config.paths.content, "ui.yaml"));
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The site's values laid over the defaults: objects merge key by key; anything else in the
 * site (a string, a list) replaces the default whole. Hand-written rather than a library's
 * deep merge because those concatenate lists, and here a list in the site replaces.
 */
export function mergeUi(defaults: unknown, site: unknown): unknown {
  if (!isTree(defaults) || !isTree(site)) return site === undefined ? defaults : site;
  const out: Tree = { ...defaults };
  for (const [k, v] of Object.entries(site)) out[k] = mergeUi(defaults[k], v);
  return out;
}

function has(data: unknown, path: (string | number)[]): boolean {
  let o = data;
  for (const k of path) {
    if (!isTree(o) && !Array.isArray(o)) return false;
    if (!(k in (o as Tree))) return false;
    o = (o as Tree)[k as string];
  }
  return true;
}

function read(file: string, optional: boolean): ParsedYaml | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    if (optional) return undefined;
    throw new UiError(`${file}:1: (file): missing`);
  }
  return parseYamlText(text, file);
}

/**
 * A site's wording: its file (which may be missing, or omit any key the engine's defaults
 * hold) over the defaults. Throws UiError naming file, line and field.
 */
export function loadUi(file: string, defaultsFile: string = UI_DEFAULTS_FILE): Ui {
  const r = checkUi(file, defaultsFile);
  if (r.errors.length > 0) throw new UiError(r.errors.join("\n"));
  return r.ui!;
}

/** Every problem with a site's wording over the defaults (file:LINE: key: problem), or the wording. */
export function uiProblems(file: string, defaultsFile: string = UI_DEFAULTS_FILE): string[] {
  try {
    return checkUi(file, defaultsFile).errors;
  } catch (e) {
    if (e instanceof UiError) return [e.message];
    throw e;
  }
}

function checkUi(file: string, defaultsFile: string): { ui?: Ui; errors: string[] } {
  const defaults = read(defaultsFile, false)!;
  const site = read(file, true);
  const parseErrors = [...defaults.errors, ...(site?.errors ?? [])];
  if (parseErrors.length > 0) return { errors: parseErrors };
  const siteData = site?.data ?? {};
  const merged = mergeUi(defaults.data, siteData);
  const result = uiSchema.safeParse(merged);
  if (result.success) return { ui: result.data, errors: [] };
  // Each problem is named in the file its value came from: the site's when the site set
  // it (or when nobody did: a required key the defaults leave to the site), else the defaults'.
  const where = (path: (string | number)[]) => {
    if (!has(siteData, path) && has(defaults.data, path)) return `${defaultsFile}:${defaults.lineOf(path)}`;
    return `${file}:${site ? site.lineOf(path) : 1}`;
  };
  const errors = result.error.issues.flatMap((i) => {
    const path = i.path as (string | number)[];
    if (i.code === "unrecognized_keys")
      return i.keys.map((k) => `${where([...path, k])}: ${[...path, k].join(".")}: the engine knows no such key (a misspelling?); the keys are in src/schemas/ui.ts`);
    const missing = !has(merged, path);
    const note = missing ? "; the engine has no default for it, so every site's content/ui.yaml must give it" : "";
    return [`${where(path)}: ${path.join(".") || "(file)"}: ${i.message}${note}`];
  });
  return { errors };
}

/**
 * Story sentences a site gives only where its content has the feature they word, by the
 * chart kind that brings the feature: the council pages (/compare/) come with a chart of
 * kind similar-councils, and their sentences name the nation, so they have no default.
 */
export const FEATURE_WORDS: Readonly<Record<string, { what: string; keys: readonly string[] }>> = {
  "similar-councils": { what: "council pages (/compare/), since it has a chart of kind similar-councils", keys: ["compare.title", "compare.rankMeasure", "compare.indexLink", "compare.indexTitle"] },
};

/** The feature sentences missing from a site's wording, given the chart kinds its content uses; each names the site's file. */
export function featureWordProblems(file: string, kindsUsed: ReadonlySet<string>, defaultsFile: string = UI_DEFAULTS_FILE): string[] {
  const r = checkUi(file, defaultsFile);
  if (!r.ui) return [];
  const site = existsSync(file) ? parseYamlText(readFileSync(file, "utf8"), file) : undefined;
  return Object.entries(FEATURE_WORDS)
    .filter(([kind]) => kindsUsed.has(kind))
    .flatMap(([, f]) =>
      f.keys
        .filter((k) => !has(r.ui, k.split(".")))
        .map((k) => `${file}:${site ? site.lineOf(k.split(".").slice(0, 1)) : 1}: ${k}: this site has ${f.what}, so its ui.yaml must give it (the engine has no default for it)`),
    );
}

/** A feature sentence (FEATURE_WORDS): the build checked it is given wherever the feature is built. */
export function featureWords<T>(value: T | undefined, key: string, config: SiteConfig): T {
  if (value === undefined) throw new UiError(`${uiFile(config)}:1: ${key}: missing; this site's content has the feature it words (FEATURE_WORDS in src/lib/content/ui.ts)`);
  return value;
}

/** The wording of the site configured by `config`, read once for it. */
export const ui: (config: SiteConfig) => Ui = perSite((config) => loadUi(uiFile(config)));

export { fillSlots, type Html, type SlotValue } from "../../format/slots.ts";
