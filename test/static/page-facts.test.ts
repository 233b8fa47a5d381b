/**
 * Facts the built HTML states, read from dist/ without a browser: the as-of date in
 * every site page's footer, and the home page's links to the timeline. This site's story
 * pager and the claims its data settles are read in test/story/static/page-facts.test.ts.
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
