/**
 * Facts the built HTML states, read from dist/ without a browser: the as-of date in
 * every site page's footer, the story pager's previous and next links, and the claims
 * the data settles.
 */
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/pages.ts";
import { builtDoc } from "../support/pages.ts";

describe("the as-of date", () => {
  // Embed pages have no site chrome by design: they live inside other sites' articles.
  it.each(builtPages().filter((p) => !p.startsWith("/embed/")))("%s shows it in the footer as a <time datetime>", (path) => {
    const times = builtDoc(path).querySelectorAll("footer time");
    expect(times).toHaveLength(1);
    expect(times[0]!.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

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

describe("the home page's 'Where things stand'", () => {
  // Each milestone's date is its link to the timeline entry (the intro says so): one link
  // text per event, not the same "Details and sources" repeated after every line.
  it("links each milestone's date to its timeline entry, with no link text repeated", () => {
    const items = [...builtDoc("/").querySelectorAll('section[aria-labelledby="stands-heading"] li')];
    expect(items.length).toBeGreaterThan(0);
    const texts = items.map((li) => {
      const links = li.querySelectorAll("a");
      expect(links, li.textContent!).toHaveLength(1);
      expect(links[0]!.getAttribute("href")).toMatch(/^\/timeline\/#event-/);
      expect(links[0]!.querySelector("time"), li.textContent!).not.toBeNull();
      return links[0]!.textContent!.trim();
    });
    expect(new Set(texts).size).toBe(texts.length);
  });
});
