/**
 * The README and docs/*.md are true of the repository: links resolve, commands exist,
 * variables are read, the folder map matches the tree, and nothing is written twice.
 * The first block checks the real files; the second shows each check catching a planted
 * fault, so a green run means the docs are right, not that the checks are blind.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brokenLinks, folderMapProblems, headingSlug, repeatedText, sourceTexts, strayRows, treeFolders, unknownNames, unknownScripts, type Doc } from "./docs-check.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const read = (file: string): Doc => ({ file, text: readFileSync(join(ROOT, file), "utf8") });
const DOCS: Doc[] = [
  read("README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => read(`docs/${f}`)),
];
const SCRIPTS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
// Where the environment is read: the site's code, the scripts, the tests' shared helpers
// (UPDATE_SNAPSHOTS) and the two configuration files at the root.
const READERS = sourceTexts(ROOT, ["src", "scripts", "test/support", "astro.config.mjs", "vitest.config.ts"]);
// Where a constant a doc names may be declared.
const DECLARERS = sourceTexts(ROOT, ["src", "scripts", "test", "astro.config.mjs", "vitest.config.ts"]);

describe("README.md and docs/*.md", () => {
  it("cover the docs this repository has", () => {
    expect(DOCS.map((d) => d.file)).toEqual(expect.arrayContaining(["README.md", "docs/content.md", "docs/data.md", "docs/charts.md", "docs/embeds.md", "docs/deploy.md", "docs/quality.md"]));
  });

  it("link only to files (and headings) that exist", () => {
    expect(DOCS.flatMap((d) => brokenLinks(d, ROOT))).toEqual([]);
  });

  it("name only npm scripts that package.json has", () => {
    expect(DOCS.flatMap((d) => unknownScripts(d, SCRIPTS))).toEqual([]);
  });

  it("name only environment variables the code reads (and constants it declares)", () => {
    expect(DOCS.flatMap((d) => unknownNames(d, READERS, DECLARERS))).toEqual([]);
  });

  it("README's folder map has one row per folder of the tree", () => {
    expect(folderMapProblems(DOCS[0]!, ROOT, treeFolders(ROOT))).toEqual([]);
  });

  it("write no table row or paragraph twice", () => {
    expect(repeatedText(DOCS)).toEqual([]);
  });

  it("have no table row outside a table", () => {
    expect(DOCS.flatMap(strayRows)).toEqual([]);
  });

  it("README keeps the two commands", () => {
    expect(DOCS[0]!.text).toContain("npm ci && npm start");
    expect(DOCS[0]!.text).toContain("npm ci && npm test");
  });
});

describe("each check catches a planted fault", () => {
  const doc = (text: string, file = "docs/planted.md"): Doc => ({ file, text });

  it("a link to a missing file, and to a missing heading", () => {
    const d = doc("See [data](data.md) and [gone](gone.md), [a heading](deploy.md#no-such-heading), [ok](deploy.md#public-address) and [site](https://example.org).\n");
    expect(brokenLinks(d, ROOT)).toEqual([
      'docs/planted.md:1: link "gone.md": docs/gone.md does not exist',
      'docs/planted.md:1: link "deploy.md#no-such-heading": docs/deploy.md has no heading with the anchor #no-such-heading',
    ]);
  });

  it("a link in the README resolves from the repository root", () => {
    expect(brokenLinks(doc("[map](src/charts/) [x](src/nowhere/)\n", "README.md"), ROOT)).toEqual(['README.md:1: link "src/nowhere/": src/nowhere does not exist']);
  });

  it("a link written inside code is not a link", () => {
    expect(brokenLinks(doc("`[x](gone.md)`\n"), ROOT)).toEqual([]);
  });

  it("an npm script that does not exist, in prose or in a code block", () => {
    const d = doc("Run `npm run build` and `npm run lint`.\n\n```sh\nnpm ci && npm test\nnpm run deploy\n```\n");
    expect(unknownScripts(d, SCRIPTS)).toEqual(['docs/planted.md:1: "npm run lint": package.json has no script "lint"', 'docs/planted.md:3: "npm run deploy": package.json has no script "deploy"']);
  });

  it("an environment variable no code reads, or a constant no code declares", () => {
    const d = doc("`SITE_URL`, `EXTRA_SECTIONS` and `SITE_NAME`; `NO_SUCH_VAR=1 npm run build`; `URL`, `PORT` and `MAX_HEIGHT`; `MAX_HEIGHT=1 npm start`.\n");
    const says = (name: string) => `docs/planted.md:1: ${name}: no code reads this environment variable (nor declares a constant of that name)`;
    expect(unknownNames(d, READERS, DECLARERS)).toEqual([says("EXTRA_SECTIONS"), says("SITE_NAME"), says("NO_SUCH_VAR"), says("MAX_HEIGHT")]);
  });

  it("a folder map with a repeated row, a missing folder, a folder not in the tree, and two folders in one row", () => {
    const map = [
      "| folder | what |",
      "|---|---|",
      "| [`src/lib/`](src/lib/) | code |",
      "| [`src/lib/`](src/lib/) | code again |",
      "| [`src/nowhere/`](src/nowhere/) | not there |",
      "| [`src/pages/`](src/pages/), [`src/layouts/`](src/layouts/) | two |",
      "",
    ].join("\n");
    expect(folderMapProblems(doc(map, "README.md"), ROOT, ["src/charts/", "src/lib/"])).toEqual([
      "README.md:4: src/lib/ has two rows",
      "README.md:5: src/nowhere/ is not a folder of the repository",
      "README.md:6: a folder map row links exactly one folder; this one links 2",
      "README.md: the folder map has no row for src/charts/",
    ]);
  });

  it("a table row or paragraph written in two places", () => {
    const para = "The site is static: any host that serves a folder will do, and every address comes from one setting.";
    const a = doc(`| a | b |\n|---|---|\n| \`npm run build\` | builds |\n\n${para}\n`, "README.md");
    const b = doc(`| x | y |\n|---|---|\n| \`npm run build\` | builds |\n\n${para}\n`);
    expect(repeatedText([a, b])).toEqual([
      "docs/planted.md:3: this table row repeats README.md:3: npm run build | builds…",
      `docs/planted.md:5: this paragraph repeats README.md:5: ${para.slice(0, 70)}…`,
    ]);
  });

  it("a table row left outside its table, as after a list", () => {
    const d = doc("- **Scale**: builds with more charts.\n| `npm run bench` | measures the site |\n\n| a | b |\n|---|---|\n| in | table |\n");
    expect(strayRows(d)).toEqual(['docs/planted.md:2: "| `npm run bench` | measures the site |" is a table row outside a table']);
  });

  it("headings become GitHub's anchors", () => {
    expect(headingSlug("Words no stronger than the source")).toBe("words-no-stronger-than-the-source");
    expect(headingSlug("Consultation and feedback")).toBe("consultation-and-feedback");
    expect(headingSlug("The DfE importer")).toBe("the-dfe-importer");
    expect(headingSlug("Embed page and embed code")).toBe("embed-page-and-embed-code");
  });
});
