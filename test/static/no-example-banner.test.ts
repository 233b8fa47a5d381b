/**
 * The example banner (src/components/ExampleBanner.astro) is for example sites only: this
 * repository's own site, whose content/site.yaml says `example: false`, shows it on no
 * page. Reads the built files; no browser needed. The example site's own pages, each with
 * the banner, are checked by test/build/example-site.test.ts; that this site's
 * configuration says so, by test/story/static/no-example-banner.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, DIST } from "../support/pages.ts";

describe("this site is no example", () => {
  it("no page shows the example banner", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    const withBanner = pages.filter((path) => readFileSync(join(DIST, path.endsWith("/") ? `${path}index.html` : path), "utf8").includes("data-example-banner"));
    expect(withBanner).toEqual([]);
  });
});
