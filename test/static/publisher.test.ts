/**
 * dist/ is built with no public address (a local preview): every page says so plainly. That
 * /about/ says this site's publisher is not yet named, rather than inventing one, is checked
 * in test/story/static/publisher.test.ts. The build for publishing
 * (test/build/variant-build.test.ts) names the publisher and says neither.
 */
import { describe, expect, it } from "vitest";
import { builtDoc, builtPages } from "../support/pages.ts";

const html = (path: string) => builtDoc(path);

describe("a local preview says it is unpublished", () => {
  it("in every page's footer", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages.filter((p) => !p.startsWith("/embed/"))) {
      const note = html(p).querySelector("footer [data-unpublished]");
      expect(note, p).not.toBeNull();
      expect(note!.textContent, p).toMatch(/^Not published\. This is a local preview for http:\/\/localhost:4321\//);
    }
  });
});
