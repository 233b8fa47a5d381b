/**
 * The build replaces its output folder whole, so outputFolderProblem must refuse every
 * folder it did not write and every folder the site is made from, naming the setting.
 * The whole build stopping on such a folder, and leaving it as it was, is shown by
 * test/unit/build-stops-on-bad-data.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { BUILD_MARKER, markBuildOutput, outputFolderProblem } from "../../../scripts/lib/output-folder.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const REAL = readFileSync(join(ROOT, "content/site.yaml"), "utf8");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder (standing in for this repository) with a site in it: content/, data/, src/... */
function project(siteYaml = REAL) {
  const root = mkdtempSync(join(tmpdir(), "out-guard-"));
  made.push(root);
  for (const d of ["content", "data", "src", "public", "scripts", "node_modules", ".git", "docs", "test", "examples/other/content"]) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "content", "site.yaml"), siteYaml);
  // The story pages the site's navigation names must exist for its configuration to load.
  mkdirSync(join(root, "content", "pages"));
  for (const [, page] of siteYaml.matchAll(/\bpage:\s*([\w-]+)/g)) writeFileSync(join(root, "content", "pages", `${page}.md`), "");
  writeFileSync(join(root, "content", "feedback.yaml"), "consultation: {}\n");
  writeFileSync(join(root, "data", "money.csv"), "a\n1\n");
  return root;
}
/** The problem with `out` (OUT_DIR, relative to the project) for a build of the project's site. */
const problemOf = (root: string, env: Record<string, string>) => outputFolderProblem(loadSiteConfig({ SITE_DIR: root, ...env }, undefined, root), root, join(root, ".build"));

describe("outputFolderProblem(config, root, work)", () => {
  const root = project();

  it.each([
    ["content", "is the content folder"],
    ["data", "is the data folder"],
    ["src", "is the project's src/ folder"],
    ["public", "is the project's public/ folder"],
    ["scripts", "is the project's scripts/ folder"],
    ["node_modules", "is the project's node_modules/ folder"],
    [".git", "is the project's .git/ folder"],
    [".", "is the project folder"],
    ["..", "holds the project folder"],
    ["/", "holds the project folder"],
    ["content/pages", "is inside the content folder"],
    ["data/out", "is inside the data folder"],
    ["src/dist", "is inside the project's src/ folder"],
    ["node_modules/.cache/dist", "is inside the project's node_modules/ folder"],
    ["./content/../content", "is the content folder"],
    ["examples", "is the project's examples/ folder"],
    [".build", "is the build's own working folder"],
  ])("OUT_DIR=%s: refused, it %s", (out, why) => {
    expect(problemOf(root, { OUT_DIR: out })).toMatch(new RegExp(`^OUT_DIR: the output folder .* ${why.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
  });

  it("an existing folder of someone's files (no marker): refused, and it says why and what to do", () => {
    mkdirSync(join(root, "precious"));
    writeFileSync(join(root, "precious", "notes.txt"), "mine\n");
    expect(problemOf(root, { OUT_DIR: "precious" })).toMatch(
      `/precious/ holds files no build wrote (it has no ${BUILD_MARKER} marker). Each build replaces its output folder whole, so it must be a new or empty folder, or one an earlier build wrote (it holds ${BUILD_MARKER}).`,
    );
    expect(problemOf(root, { OUT_DIR: "precious" })).toMatch(/^OUT_DIR: the output folder /);
  });

  it("a file, a symbolic link to the content folder, a link to a folder holding the project: refused", () => {
    writeFileSync(join(root, "a-file"), "x");
    symlinkSync(join(root, "content"), join(root, "link-to-content"));
    symlinkSync(tmpdir(), join(root, "link-to-tmp"));
    expect(problemOf(root, { OUT_DIR: "a-file" })).toMatch(/a-file\/ is a file, not a folder/);
    expect(problemOf(root, { OUT_DIR: "link-to-content" })).toMatch(/link-to-content\/ is a symbolic link/);
    expect(problemOf(root, { OUT_DIR: "link-to-content/dist" })).toMatch(/is inside the content folder/);
    expect(problemOf(root, { OUT_DIR: "link-to-tmp" })).toMatch(/is a symbolic link/);
  });

  it("a source folder is refused even when it holds the marker (planted by hand or by an old mistake)", () => {
    markBuildOutput(join(root, "data"));
    expect(problemOf(root, { OUT_DIR: "data" })).toMatch(/is the data folder/);
    rmSync(join(root, "data", BUILD_MARKER));
  });

  it("another site's folder: it holds files no build wrote", () => {
    expect(problemOf(root, { OUT_DIR: "examples/other" })).toMatch(/examples\/other\/ holds files no build wrote/);
  });

  it("accepts a new folder, an empty one, one an earlier build marked, and a dist/ built before the marker", () => {
    expect(problemOf(root, { OUT_DIR: "dist" })).toBeNull();
    mkdirSync(join(root, "empty"));
    expect(problemOf(root, { OUT_DIR: "empty" })).toBeNull();
    mkdirSync(join(root, "marked"));
    writeFileSync(join(root, "marked", "index.html"), "<p>");
    markBuildOutput(join(root, "marked"));
    expect(problemOf(root, { OUT_DIR: "marked" })).toBeNull();
    const old = join(root, "old-dist");
    mkdirSync(join(old, "pagefind"), { recursive: true });
    for (const f of ["index.html", "_headers", "pagefind/pagefind.js"]) writeFileSync(join(old, f), "x");
    expect(problemOf(root, { OUT_DIR: "old-dist" })).toBeNull();
    // An old build's look is not enough if it also holds a project.
    writeFileSync(join(old, "package.json"), "{}");
    expect(problemOf(root, { OUT_DIR: "old-dist" })).toMatch(/holds files no build wrote/);
  });

  it("names content/site.yaml's line and field when paths.out sets the folder", () => {
    const r = project(REAL.replace("  out: dist\n", "  out: content\n"));
    const line = readFileSync(join(r, "content", "site.yaml"), "utf8").split("\n").indexOf("  out: content") + 1;
    const p = outputFolderProblem(loadSiteConfig({ SITE_DIR: r }, undefined, r), r, join(r, ".build"));
    expect(p).toMatch(new RegExp(`^content/site\\.yaml:${line}: paths\\.out: the output folder .*content/ is the content folder`));
  });

  it("names the default when site.yaml leaves paths.out out", () => {
    const r = project(REAL.replace("  out: dist\n", ""));
    writeFileSync(join(r, "dist"), "a file where the default folder goes");
    const p = outputFolderProblem(loadSiteConfig({ SITE_DIR: r }, undefined, r), r, join(r, ".build"));
    expect(p).toMatch(/^content\/site\.yaml: paths\.out \(default "dist"\): the output folder .*dist\/ is a file/);
  });
});
