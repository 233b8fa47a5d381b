/**
 * Facts of this site the built HTML states, read from dist/ without a browser: the story
 * pager's previous and next links, and the claims the data settles.
 */
import { describe, expect, it } from "vitest";
import { builtDoc } from "../../support/pages.ts";

describe("the story pager", () => {
  it.each([
    ["/", null, "/proposal/"],
    ["/proposal/", "/", "/why/"],
    ["/why/", "/proposal/", "/what-happened-next/"],
    ["/what-happened-next/", "/why/", null],
  ])("%s links to the previous and next story page", (path, previous, next) => {
    const pagers = builtDoc(path).querySelectorAll('nav[aria-label="The story, in order"]');
    expect(pagers).toHaveLength(1);
    const rel = (r: string) => [...pagers[0]!.querySelectorAll(`a[rel="${r}"]`)].map((a) => a.getAttribute("href"));
    expect(rel("prev")).toEqual(previous ? [previous] : []);
    expect(rel("next")).toEqual(next ? [next] : []);
  });
});

describe("/claims/", () => {
  it("gives verdicts on 'a county like Worcestershire' and 'a high number', computed from the data", () => {
    const doc = builtDoc("/claims/");
    // The two rest on the same figures, so they carry the same verdict (issue 19, item 8).
    for (const [id, verdict] of [["too-many-for-a-county-like-worcestershire", "consistent"], ["high-number", "consistent"]] as const) {
      const entries = doc.querySelectorAll(`li#${id}`);
      expect(entries, id).toHaveLength(1);
      expect(entries[0]!.getAttribute("data-verdict")).toBe(verdict);
      expect(entries[0]!.textContent).toContain("(computed from the official figures)");
      expect(entries[0]!.querySelectorAll('a[href="/charts/similar-councils/"]').length).toBe(1);
    }
  });
});
