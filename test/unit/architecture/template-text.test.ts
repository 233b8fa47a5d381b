/**
 * "Changing a sentence on any page means editing a file in content/ only": no page,
 * layout or component holds reader-facing wording of its own. Wording is three or more
 * words, as text between tags, a quoted attribute (aria-label, title…) or a string in an
 * expression or the frontmatter. Short labels of one or two words are left to review.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findTemplateText, isWording } from "../../support/template-text.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

function astroFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".astro"))
    .map((e) => join(e.parentPath, e.name));
}

describe("wording in templates", () => {
  const files = ["src/pages", "src/layouts", "src/components"].flatMap(astroFiles);

  it("finds the templates", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("no page, layout or component holds a sentence, heading or label of its own", () => {
    const found = files.flatMap((f) => findTemplateText(readFileSync(f, "utf8")).map((t) => `${f.slice(ROOT.length + 1)}:${t.line}: ${t.text}`));
    expect(found, "move this wording to content/ui.yaml or content/pages/ (docs/content.md)").toEqual([]);
  });

  it("catches wording wherever a template can hold it", () => {
    const source = [
      "---",
      'const lead = "Kept in the frontmatter here";',
      'if (!lead) throw new Error("a developer message is not wording");',
      "---",
      '<p class="one two three four" aria-label="An attribute label here">Text between the tags',
      '  {lead ? "A string in an expression" : <b>Bold words inside JSX</b>}',
      "  {`A template literal ${lead} here`}</p>",
      "<style>.a b c { margin: 0 auto 1rem; }</style>",
      "<script>const x = 'code in a script is left alone';</script>",
    ].join("\n");
    expect(findTemplateText(source)).toEqual([
      { line: 2, text: "Kept in the frontmatter here" },
      { line: 5, text: "An attribute label here" },
      { line: 5, text: "Text between the tags" },
      { line: 6, text: "A string in an expression" },
      { line: 6, text: "Bold words inside JSX" },
      { line: 7, text: "A template literal" },
    ]);
  });

  it("tells wording from identifiers, classes and numbers", () => {
    expect(isWording("Show the table")).toBe(true);
    expect(isWording("Copy embed code")).toBe(true);
    expect(isWording("chart-data fold")).toBe(false);
    expect(isWording("external noreferrer")).toBe(false);
    expect(isWording("0 0 28 14")).toBe(false);
    expect(isWording(" · ")).toBe(false);
  });
});
