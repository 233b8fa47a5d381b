/**
 * The sentences of a feature a site may lack (FEATURE_WORDS): asked for only where the
 * site's content has the feature, and then named with file, line and key when missing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { featureWordProblems, featureWords } from "../../../src/lib/content/ui.ts";
import { site } from "../../support/site.ts";


const dir = mkdtempSync(join(tmpdir(), "feature-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A site's wording with its story's sentences and no council pages' sentences. */
const file = join(dir, "ui.yaml");
writeFileSync(
  file,
  ["footer:", "  sources: Sources {council}.", "  licence: Licence {licence}.", "home:", "  standsDate: Date", "  standsUnknown: Unknown", "sources:", "  dataIntro: Data.", "timeline:", "  feedDescription: Feed {first} {last}.", "notes:", "  noteOn: Notes on {section}", "compare:", "  index: Every council", ""].join("\n"),
);

describe("the council pages' sentences", () => {
  it("are not asked of a site without a chart of kind similar-councils", () => {
    expect(featureWordProblems(file, new Set(["line", "bar"]))).toEqual([]);
  });

  // The line is where the site's compare: mapping starts.
  it("are named, file, line and key, for a site with one", () => {
    expect(featureWordProblems(file, new Set(["similar-councils"]))).toEqual(
      ["compare.title", "compare.rankMeasure", "compare.indexLink", "compare.indexTitle"].map((k) => `${file}:14: ${k}: this site has council pages (/compare/), since it has a chart of kind similar-councils, so its ui.yaml must give it (the engine has no default for it)`),
    );
  });

  it("a page built without them stops, naming the key", () => {
    expect(() => featureWords(undefined, "compare.title", site)).toThrow(/ui\.yaml:1: compare\.title: missing/);
    expect(featureWords("x", "compare.title", site)).toBe("x");
  });
});
