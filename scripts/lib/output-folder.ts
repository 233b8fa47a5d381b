/**
 * The build replaces its output folder whole (scripts/build.ts), so it may only ever
 * replace a folder it wrote itself. Every build writes a marker file into its output;
 * an existing folder without one is refused, as is any folder that is, holds or sits
 * inside a folder the site is made from (content, data, code, the project itself).
 */
import { existsSync, lstatSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { SiteConfig } from "../../src/config/config.ts";

/** The marker every build writes into its output folder. */
export const BUILD_MARKER = ".site-build";

const MARKER_TEXT = "This folder is a build of the site, written by scripts/build.ts.\nEach build replaces it whole: do not keep anything else in it.\n";

/** Writes the marker into a freshly built folder. */
export function markBuildOutput(dir: string): void {
  writeFileSync(join(dir, BUILD_MARKER), MARKER_TEXT);
}

/** The path with its existing part resolved through any symbolic links. */
function real(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

const isWithin = (child: string, parent: string) => child !== parent && (child.startsWith(parent.endsWith(sep) ? parent : parent + sep));

/**
 * A folder from before builds wrote the marker (a developer's existing dist/): every
 * build since the headers step has written these three. A fresh clone has no dist/ at all.
 */
function looksLikeOldBuild(dir: string): boolean {
  const has = (p: string) => existsSync(join(dir, p));
  return has("index.html") && has("_headers") && has(join("pagefind", "pagefind.js")) && !has("package.json") && !has(".git");
}

/**
 * Why the build must not write its output to `config.paths.out`, or null when it may.
 * `root` is this repository (the engine's code); `work` is the build's temporary folder.
 */
export function outputFolderProblem(config: SiteConfig, root: string, work: string): string | null {
  const out = resolve(config.paths.out);
  const shown = (p: string) => `${relative(process.cwd(), p) || "."}/`;
  const refuse = (why: string) =>
    `${config.paths.outSetting}: the output folder ${shown(out)} ${why}. Each build replaces its output folder whole, so it must be a new or empty folder, or one an earlier build wrote (it holds ${BUILD_MARKER}).`;
  if (existsSync(out) && lstatSync(out).isSymbolicLink()) return refuse("is a symbolic link; give the folder itself");
  const target = real(out);
  // Folders the output may sit inside but never be nor hold.
  const homes: [string, string][] = [
    [root, "the project folder"],
    [config.paths.site, "the site's folder"],
    [process.cwd(), "the working directory"],
    // Each example site builds into a folder of its own inside it.
    [join(root, "examples"), "the project's examples/ folder"],
  ];
  // Folders the site is made from: the output may not be, hold, or sit inside any of them.
  const sources: [string, string][] = [
    [config.paths.content, "the content folder"],
    [config.paths.data, "the data folder"],
    [dirname(config.paths.feedback), "the feedback configuration's folder"],
    ...["src", "public", "scripts", "test", "docs", "node_modules", ".git"].map((d): [string, string] => [join(root, d), `the project's ${d}/ folder`]),
    ...["node_modules", ".git"].map((d): [string, string] => [join(config.paths.site, d), `the site's ${d}/ folder`]),
    [work, "the build's own working folder"],
  ];
  for (const [path, name] of [...homes, ...sources]) {
    const p = real(path);
    if (p === target) return refuse(`is ${name} (${shown(path)})`);
    if (isWithin(p, target)) return refuse(`holds ${name} (${shown(path)})`);
  }
  for (const [path, name] of sources) {
    // A build of a copy (the tests') may put its output inside the build's working folder.
    if (path === work) continue;
    if (isWithin(target, real(path))) return refuse(`is inside ${name} (${shown(path)})`);
  }
  if (!existsSync(target)) return null;
  if (!lstatSync(target).isDirectory()) return refuse("is a file, not a folder");
  if (readdirSync(target).length === 0 || existsSync(join(target, BUILD_MARKER)) || looksLikeOldBuild(target)) return null;
  return refuse(`holds files no build wrote (it has no ${BUILD_MARKER} marker)`);
}
