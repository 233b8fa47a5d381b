/**
 * dist/ is built with no public address (a local preview): every page says so plainly, and
 * /about/ says the publisher is not yet named rather than inventing one. The build for
 * publishing (test/build/variant-build.test.ts) names the publisher and says neither.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../src/config/config.ts";
import { builtDoc, builtPages, DIST } from "../support/pages.ts";

const html = (path: string) => builtDoc(path);
const config = loadSiteConfig({ SITE_DIR: join(DIST, "..") });

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

  it("and /about/ says the publisher is not named yet, inventing none", () => {
    expect(config.publisher.name).toBeNull();
    const publisher = html("/about/").querySelector("#publisher")!;
    expect(publisher.textContent).not.toContain("Published by");
    expect(publisher.textContent!.replace(/\s+/g, " ")).toContain("have not been published with this site yet");
  });
});
