/** This site has council pages, so its ui.yaml gives their sentences (the rule: test/unit/content/feature-words.test.ts). */
import { describe, expect, it } from "vitest";
import { featureWordProblems, uiFile } from "../../../src/lib/content/ui.ts";
import { site } from "../../support/site.ts";


describe("the council pages' sentences", () => {
  it("this site gives them, since it has council pages", () => {
    expect(featureWordProblems(uiFile(site), new Set(["similar-councils"]))).toEqual([]);
  });
});
