import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { loadSiteConfig, SiteConfigError } from "../../../src/config/config.ts";
import { navigationOf } from "../../../src/lib/site/nav.ts";
import { load, site } from "../../support/site-folder.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const REAL = readFileSync(join(ROOT, "content/site.yaml"), "utf8");

describe("loadSiteConfig(env)", () => {
  it("reads this site's configuration, with paths resolved in the site's folder", () => {
    const c = loadSiteConfig({}, undefined, ROOT);
    expect(c.councilArea).toBe(c.areas.find((a) => a.role === "council"));
    expect(c.paths).toMatchObject({ site: ROOT, content: join(ROOT, "content"), data: join(ROOT, "data"), out: join(ROOT, "dist"), feedback: join(ROOT, "content/feedback.yaml") });
  });

  it("takes another site from SITE_DIR, and the test overrides from their variables", () => {
    const dir = site(REAL);
    const c = loadSiteConfig({ SITE_DIR: dir, DATA_DIR: "/tmp/d", OUT_DIR: "o", FEEDBACK_CONFIG: "f.yaml" }, undefined, "/w");
    expect(c.paths).toMatchObject({ site: dir, content: join(dir, "content"), data: "/tmp/d", out: "/w/o", feedback: "/w/f.yaml" });
  });

  it("settles the as-of date: SITE_AS_OF, else the file's asOf, else the day of the build", () => {
    expect(load(REAL).asOf).toBe("2026-01-02");
    expect(load(REAL.replace("asOf: null", "asOf: 2019-03-31")).asOf).toBe("2019-03-31");
    expect(load(REAL.replace("asOf: null", "asOf: 2019-03-31"), { SITE_AS_OF: "2018-10-20" }).asOf).toBe("2018-10-20");
    expect(() => load(REAL, { SITE_AS_OF: "2018-02-30" })).toThrow(/SITE_AS_OF: "2018-02-30"/);
    // One rule for a day, in the file as in the variable: no 31 February either way.
    const line = REAL.split("\n").findIndex((l) => l.startsWith("asOf:")) + 1;
    expect(() => load(REAL.replace("asOf: null", "asOf: 2018-02-31"))).toThrow(new RegExp(`content/site\\.yaml:${line}: asOf: expected a real day as YYYY-MM-DD`));
  });

  /** The configuration with a publisher named, as a deployment fills it in. */
  const published = REAL.replace(/^  name: null$/m, "  name: Example Publisher").replace(/^  contact: null$/m, "  contact: corrections@example.org");

  it("settles the public address: a host's variable, else the file's, else a local preview", () => {
    const withUrl = published.replace("publicUrl: null", "publicUrl: https://homes.example.org/");
    expect(load(REAL).publicUrl).toMatchObject({ href: "http://localhost:4321/", local: true });
    expect(load(withUrl).publicUrl).toMatchObject({ href: "https://homes.example.org/", local: false });
    expect(load(withUrl, { URL: "https://preview.example.net" }).publicUrl.href).toBe("https://preview.example.net/");
    // Where it came from is told as it is: the file's line and field, or the variable's name.
    const line = withUrl.split("\n").findIndex((l) => l.startsWith("publicUrl:")) + 1;
    expect(load(withUrl).publicUrl.from).toMatch(new RegExp(`content/site\\.yaml:${line}: publicUrl$`));
    expect(load(withUrl, { URL: "https://preview.example.net" }).publicUrl.from).toBe("URL");
    expect(() => load(REAL.replace("publicUrl: null", "publicUrl: https://example.org/homes/"))).toThrow(/content\/site\.yaml:\d+: publicUrl: expected the site's root address alone/);
  });

  it("refuses a build for publishing without the publisher's name and contact, naming file, line and field", () => {
    const line = (needle: string) => REAL.split("\n").findIndex((l) => l.startsWith(needle)) + 1;
    let error: unknown;
    try {
      load(REAL, { URL: "https://example.net" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteConfigError);
    expect((error as Error).message.split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^/?.*content/site\\.yaml:${line("  name: null")}: publisher\\.name: this build is for publishing at https://example\\.net/ \\(from URL\\)`)),
      expect.stringMatching(new RegExp(`content/site\\.yaml:${line("  contact: null")}: publisher\\.contact: .*email address or an https address$`)),
    ]);
    // The same with the address in the file, and with only the contact missing.
    expect(() => load(REAL.replace("publicUrl: null", "publicUrl: https://homes.example.org/"))).toThrow(/publisher\.name: this build is for publishing at https:\/\/homes\.example\.org\/ \(from [^)]*content\/site\.yaml:\d+: publicUrl\)/);
    expect(() => load(REAL.replace(/^  name: null$/m, "  name: Example Publisher"), { SITE_URL: "https://example.net" })).toThrow(/^[^\n]*publisher\.contact: [^\n]*$/);
    // A local preview needs neither; a named publisher builds for publishing.
    expect(load(REAL).publisher).toMatchObject({ name: null, contact: null });
    expect(load(REAL, { SITE_URL: "http://localhost:4321" }).publicUrl.local).toBe(true);
    expect(load(published, { URL: "https://example.net" }).publisher).toMatchObject({ name: "Example Publisher", contact: "corrections@example.org" });
  });

  it("takes the publisher from PUBLISHER_NAME and PUBLISHER_CONTACT for one build (the test builds' stand-in)", () => {
    const c = load(REAL, { URL: "https://example.net", PUBLISHER_NAME: "Test publisher", PUBLISHER_CONTACT: "https://example.net/contact" });
    expect(c.publisher).toMatchObject({ name: "Test publisher", contact: "https://example.net/contact" });
    expect(() => load(REAL, { PUBLISHER_CONTACT: "http://example.net/contact" })).toThrow(/PUBLISHER_CONTACT: "http:\/\/example\.net\/contact" is not an email address or an https address/);
  });

  it("names the file, line and field of a bad setting, all at once", () => {
    const bad = REAL.replace("messagePrefix: wcc-chart-embed", "messagePrefix: Not Valid").replace(/^name: .*$/m, "name: 3");
    const line = (needle: string) => bad.split("\n").findIndex((l) => l.includes(needle)) + 1;
    let error: unknown;
    try {
      load(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteConfigError);
    const lines = (error as Error).message.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`content/site\\.yaml:${line("name: 3")}: name: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`content/site\\.yaml:${line("messagePrefix")}: identifiers\\.messagePrefix: expected lower-case`)));
  });

  it("refuses a council area that is not among the areas, a repeated code and an unknown field", () => {
    expect(() => load(REAL.replace(/^  area: \S+$/m, "  area: E10000999"))).toThrow(/council\.area: expected exactly one area with role "council"/);
    const code = /^  - code: (\S+)$/m.exec(REAL)![1]!;
    expect(() => load(REAL.replace("otherCodes: [", `otherCodes: [${code}, `))).toThrow(/listed twice/);
    expect(() => load(`${REAL}\ncolour: red\n`)).toThrow(/\(file\): Unrecognized key.*colour/i);
  });

  it("says which file is missing when a site has no configuration", () => {
    const dir = mkdtempSync(join(tmpdir(), "no-site-"));
    expect(() => loadSiteConfig({ SITE_DIR: dir }, undefined, "/")).toThrow(/content\/site\.yaml:1: \(file\): missing/);
  });

  describe("the story's shape (nav, story pages, claims.checkYear) comes from site.yaml", () => {
    const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const words = { groups: { story: "S", record: "R", data: "D", site: "T" }, sections: Object.fromEntries(["proposal", "why", "whatHappenedNext", "meetings", "timeline", "questions", "claims", "charts", "sources", "respond", "about", "search"].map((k) => [k, { label: k, about: k }])) };

    it("refuses a bad nav entry, naming file, line and field", () => {
      const bad = REAL.replace("{ section: claims, href: /claims/ }", "{ section: claims, href: claims }");
      expect(() => load(bad)).toThrow(new RegExp(`content/site\\.yaml:${lineOf(bad, "href: claims }")}: nav\\.1\\.sections\\.3`));
    });

    it("refuses a section with no words in ui.yaml, naming file, line and field", () => {
      const bad = REAL.replace("{ section: timeline, href: /timeline/ }", "{ section: timelime, href: /timeline/ }");
      const c = load(bad);
      expect(() => navigationOf(c, words)).toThrow(new RegExp(`content/site\\.yaml:${lineOf(bad, "timelime")}: nav\\.1\\.sections\\.1\\.section: unknown section "timelime"`));
    });

    it("refuses an unknown story page, naming file, line and field", () => {
      const bad = REAL.replace("{ section: why, page: why }", "{ section: why, page: whyy }");
      expect(() => load(bad)).toThrow(new RegExp(`content/site\\.yaml:${lineOf(bad, "page: whyy")}: nav\\.0\\.sections\\.1\\.page: unknown page "whyy"`));
    });

    it("refuses a bad check year, naming file, line and field", () => {
      const bad = REAL.replace("checkYear: 2018", "checkYear: 18");
      expect(() => load(bad)).toThrow(new RegExp(`content/site\\.yaml:${lineOf(bad, "checkYear: 18")}: claims\\.checkYear`));
      expect(() => load(REAL.replace("checkYear: 2018", "checkYear: 2018.5"))).toThrow(/claims\.checkYear/);
    });
  });
});
