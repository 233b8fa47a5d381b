/** This site's navigation, story pages and check year, as site.yaml gives them (loading the configuration: test/unit/architecture/config.test.ts). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { navigationOf } from "../../../src/lib/site/nav.ts";
import { load } from "../../support/site-folder.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const REAL = readFileSync(join(ROOT, "content/site.yaml"), "utf8");

describe("loadSiteConfig(env)", () => {
  describe("the story's shape (nav, story pages, claims.checkYear) comes from site.yaml", () => {
    const words = { groups: { story: "S", record: "R", data: "D", site: "T" }, sections: Object.fromEntries(["proposal", "why", "whatHappenedNext", "meetings", "timeline", "questions", "claims", "charts", "sources", "respond", "about", "search"].map((k) => [k, { label: k, about: k }])) };

    it("reads the navigation, story pages and check year of this site", () => {
      const c = load(REAL);
      expect(c.claims.checkYear).toBe(2018);
      const n = navigationOf(c, words);
      expect(n.storyPages).toEqual(["why", "what-happened-next"]);
      expect(n.story.map((i) => i.href)).toEqual(["/proposal/", "/why/", "/what-happened-next/"]);
      expect(n.groups.flatMap((g) => g.items).length).toBe(12);
    });
  });
});
