/**
 * Checks every file the build reads or publishes from content/, data/ and public/
 * before anything else reads them: no symbolic links (a link would publish a file from
 * outside the project), and every YAML file and markdown front matter readable the safe
 * way (parseYamlText: no alias bomb, no control character, no syntax error). Markdown
 * text may hold no control character either. Runs before any other module reads content,
 * so a bad file is named here, never met later as a stack trace.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { extname, join, relative } from "node:path";
import markdownIt from "markdown-it";
import { parseYamlText } from "../../format/yaml-errors.ts";
import { isRemoteImage, REMOTE_IMAGE } from "../markdown/images-plugin.ts";
import { controlCharacterIn, controlCharacterProblem } from "../../format/unsafe-text.ts";
import type { SiteConfig } from "../../config/config.ts";

const shown = (p: string) => relative(process.cwd(), p) || p;

/** Every file under `dir`, recursively, with symbolic links reported instead of followed. */
function walk(dir: string, errors: string[], what: string): string[] {
  const files: string[] = [];
  if (!existsSync(dir)) return files;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isSymbolicLink()) {
      errors.push(`${shown(path)}:1: (file): a symbolic link (to ${readlinkSync(path)}); ${what} may hold only real files, so nothing from outside the project is published. Copy the file in instead`);
    } else if (e.isDirectory()) files.push(...walk(path, errors, what));
    else if (e.isFile()) files.push(path);
  }
  return files;
}

/** Problems in one YAML or markdown file's text. */
function textProblems(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const file = shown(path);
  const ext = extname(path);
  if (ext === ".yaml" || ext === ".yml") return parseYamlText(text, file).errors;
  if (ext !== ".md") return [];
  const c = controlCharacterIn(text);
  if (c) return [`${file}:${c.line}: (text): ${controlCharacterProblem(c)}`];
  const front = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  // The front matter starts on line 2, after its opening "---".
  const errors = front ? parseYamlText(front[1]!, file, 1).errors : [];
  return [...errors, ...remoteImages(text, file)];
}

const plainMarkdown = markdownIt({ html: false });

/**
 * Images on other sites in a markdown file, found before Astro runs (the renderer stops on
 * them too, in YAML text as well, but from inside a page's render).
 */
function remoteImages(text: string, file: string): string[] {
  const errors: string[] = [];
  for (const block of plainMarkdown.parse(text, {})) {
    for (const t of block.children ?? []) {
      const src = t.type === "image" ? String(t.attrGet("src") ?? "") : "";
      if (!src || !isRemoteImage(src)) continue;
      const from = text.split("\n").slice(0, block.map?.[0] ?? 0).join("\n").length;
      const at = text.indexOf(src, from);
      const line = text.slice(0, at >= 0 ? at : from).split("\n").length;
      errors.push(`${file}:${line}: ![${t.content}](${src}): ${REMOTE_IMAGE}`);
    }
  }
  return errors;
}

/** Every problem in the files under content/, data/ and public/ (`root` holds public/). */
export function sourceFileProblems(config: SiteConfig, root: string): string[] {
  const errors: string[] = [];
  const content = walk(config.paths.content, errors, "content/");
  walk(config.paths.data, errors, "data/");
  walk(join(root, "public"), errors, "public/");
  const feedback = config.paths.feedback;
  if (!content.includes(feedback) && existsSync(feedback)) {
    if (lstatSync(feedback).isSymbolicLink()) errors.push(`${shown(feedback)}:1: (file): a symbolic link; give the file itself`);
    else content.push(feedback);
  }
  for (const f of content.sort()) errors.push(...textProblems(f));
  return errors;
}
