/** This site names no publisher yet, and its /about/ says so rather than inventing one (the local-preview notice: test/static/publisher.test.ts). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { builtDoc, DIST } from "../../support/pages.ts";

const html = (path: string) => builtDoc(path);
const config = loadSiteConfig({ SITE_DIR: join(DIST, "..") });

describe("a local preview says it is unpublished", () => {
  it("and /about/ says the publisher is not named yet, inventing none", () => {
    expect(config.publisher.name).toBeNull();
    const publisher = html("/about/").querySelector("#publisher")!;
    expect(publisher.textContent).not.toContain("Published by");
    expect(publisher.textContent!.replace(/\s+/g, " ")).toContain("have not been published with this site yet");
  });
});
