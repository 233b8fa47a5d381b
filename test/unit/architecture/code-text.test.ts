/**
 * The engine's words live with defaults a site overrides (src/lib/content/ui.defaults.yaml),
 * not in its code: no .ts file in src/ writes a reader-facing sentence of four or more
 * words. Messages to a site's authors (a build error naming file, line and field) are the
 * code's own and are listed apart, by file, with the reason. A data value that reads like
 * a sentence, fixed by a format rather than worded, is listed apart too, by its exact text,
 * so the file's other text is still checked.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCodeText, isSentence } from "../../support/code-text.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** Files whose sentences are messages to a site's authors and developers, never shown to a reader. */
const FOR_AUTHORS: Readonly<Record<string, string>> = {
  "src/charts/bind.ts": "a chart entry's unknown slot, a build error",
  "src/charts/entries.ts": "a chart entry's bad name or order, build errors",
  "src/charts/outputs/standalone.ts": "a CSS font stack, not wording",
  "src/lib/content/source-files.ts": "a symbolic link in content/, a build error",
  "src/lib/content/ui.ts": "an unknown or missing wording key, a build error",
  "src/format/yaml-errors.ts": "a control character in YAML, a build error",
  "src/lib/data/load-package.ts": "the data check's summary, a build error",
  "src/lib/data/read-csv.ts": "a malformed CSV, a build error",
  "src/format/table-schema.ts": "a CSV cell that breaks its schema, a build error",
  "src/lib/markdown/attribution-plugin.ts": "a figure without its attribution, a build error",
  "src/lib/markdown/images-plugin.ts": "an image from another site, a build error",
  "src/config/config.ts": "a bad site configuration, a build error",
  "src/schemas/chart-entry.ts": "a schema's validation message",
  "src/schemas/formats.ts": "a schema's validation message",
};

/**
 * Data values that read like a sentence: a format fixes them, so no site's wording may change
 * them. By file, each exact text with the reason.
 */
const DATA_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "src/format/missing.ts": {
    // The tables, the area picker and the descriptions read charts.notInDataset instead.
    "not in this dataset": "a value of a chart CSV's status column, in the enum of the CSV's schema (csv-schema.ts, each bundle's datapackage.json): fixed like a column name",
  },
};

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1));
}

describe("wording in the engine's code", () => {
  const files = tsFiles("src");

  it("finds the code", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("no .ts file in src/ writes a reader-facing sentence", () => {
    const found = files
      .filter((f) => !(f in FOR_AUTHORS))
      .flatMap((f) => findCodeText(readFileSync(join(ROOT, f), "utf8"), f).filter((t) => !Object.hasOwn(DATA_VALUES[f] ?? {}, t.text)).map((t) => `${f}:${t.line}: ${t.text}`));
    expect(found, "move this wording to src/lib/content/ui.defaults.yaml (docs/content.md)").toEqual([]);
  });

  it("lists only files that exist, so an exemption cannot outlive its file", () => {
    for (const f of [...Object.keys(FOR_AUTHORS), ...Object.keys(DATA_VALUES)]) expect(files, f).toContain(f);
  });

  it("lists only data values their file still writes, so an exemption cannot outlive its text", () => {
    for (const [f, values] of Object.entries(DATA_VALUES)) {
      const found = findCodeText(readFileSync(join(ROOT, f), "utf8"), f).map((t) => t.text);
      for (const text of Object.keys(values)) expect(found, `${f}: "${text}"`).toContain(text);
    }
  });

  it("finds a sentence in a string, a template or a table, and leaves code and messages to authors alone", () => {
    const source = [
      'import { x } from "./a module with many words.ts";',
      'const lead = "Values were not published that year.";',
      "const t = `${a} was higher than ${b} in ${year}`;",
      'const row = { description: "The release each value comes from" };',
      'if (!lead) throw new Error(`${file}:${line}: this is a message for the author`);',
      'problems.push("the file is empty; expected a header row");',
      'const cls = "chart-svg chart-svg--wide is-dimmed";',
      'const svg = `<text x="${x}" y="${y}" font-size="12" fill="${c}">${label}</text>`;',
      "// A comment with many words in it is not text.",
      'type Kind = "a literal type with many words";',
    ].join("\n");
    expect(findCodeText(source)).toEqual([
      { line: 2, text: "Values were not published that year." },
      { line: 3, text: "… was higher than … in …" },
      { line: 4, text: "The release each value comes from" },
    ]);
  });

  it("counts four words of letters as a sentence, and not slots, markup or three words", () => {
    expect(isSentence("not in this dataset")).toBe(true);
    expect(isSentence("not in dataset")).toBe(false);
    expect(isSentence('<g data-series="a" stroke-width="3" class="chart-points">')).toBe(false);
    expect(isSentence(":root { color-scheme: light dark; }")).toBe(false);
  });
});
