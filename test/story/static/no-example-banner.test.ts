/** This site is no example: its content/site.yaml says `example: false` (what that means for its pages: test/static/no-example-banner.test.ts). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../../support/pages.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";

describe("this site is no example", () => {
  it("its configuration says so", () => {
    expect(loadSiteConfig({ SITE_DIR: join(DIST, "..") }).example).toBe(false);
  });
});
