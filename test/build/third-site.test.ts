/**
 * The third site: examples/libraries tells a story of another shape (a library-closure
 * consultation) with the same code and the same command: its own story pages in its own
 * order, two charts of the generic kinds line and bar drawn from tables its own
 * datapackage.json declares, and none of the pages of features its content lacks
 * (proposal, meetings, questions, claims, council pages). Its output names nothing of this
 * site (test/support/site-identity.ts). A planted bad chart entry stops its build naming
 * file, line and field.
 *
 * Two builds (slow: Astro builds): the site as it is, read by every test below, and a
 * planted copy.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { unzipSync } from "fflate";
import { parseHTML } from "linkedom";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTerms, siteIdentityTerms, termPattern } from "../support/site-identity.ts";
import { builtTexts as texts, exampleBuildEnv, filesUnder as files } from "../support/example-build.ts";

const root = resolve(import.meta.dirname, "..", "..");
const SITE = "examples/libraries";
const work = join(root, ".build", `third-${process.pid}`);
const out = join(work, "dist");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const config = parse(readFileSync(join(root, SITE, "content/site.yaml"), "utf8")) as {
  name: string;
  example: boolean;
  nav: { group: string; story?: boolean; sections: { page?: string; href?: string }[] }[];
};
const storyPages = config.nav.find((g) => g.story)!.sections.map((s) => s.page!);
const chartIds = readdirSync(join(root, SITE, "content/charts")).map((n) => n.replace(/\.yaml$/, ""));

let names = new Set<string>();
let pages: string[] = [];

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  const r = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: exampleBuildEnv(SITE, out), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`the third site's build failed:\n${r.stdout}\n${r.stderr}`);
  names = new Set(files(out).map((f) => relative(out, f)));
  pages = files(out).filter((f) => f.endsWith(".html"));
}, 240_000);

describe(`the third site (${SITE}), a story of another shape`, () => {
  it("builds its own story pages, and its navigation gives them in its order", () => {
    expect(storyPages).toEqual(["the-plan", "library-use", "the-decision"]);
    for (const p of storyPages) expect(names, p).toContain(`${p}/index.html`);
    const { document } = parseHTML(readFileSync(join(out, "index.html"), "utf8"));
    const story = [...document.querySelectorAll('nav[aria-label="Main"] ul')][0]!;
    expect([...story.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(storyPages.map((p) => `/${p}/`));
  });

  it("builds no page of a feature its content lacks", () => {
    for (const page of ["proposal/index.html", "meetings/index.html", "questions/index.html", "claims/index.html", "compare/index.html", "why/index.html"]) expect(names, page).not.toContain(page);
  });

  it("gives each of its generic charts a page, an embed, SVG, PNG, CSV, a data bundle and oEmbed", () => {
    expect(chartIds.sort()).toEqual(["branch-visits", "library-use"]);
    for (const id of chartIds) {
      for (const f of [`charts/${id}/index.html`, `embed/${id}/index.html`, `charts/${id}.svg`, `charts/${id}.png`, `charts/${id}.csv`, `charts/${id}.zip`, `oembed/${id}.json`]) expect(names, f).toContain(f);
      const { document } = parseHTML(readFileSync(join(out, `charts/${id}/index.html`), "utf8"));
      // A written description and the data as a table, for everyone.
      expect(document.querySelector(`#${id}-description`)?.textContent?.trim().length, id).toBeGreaterThan(20);
      expect(document.querySelector("table caption")?.textContent, id).toMatch(/Example data/);
    }
    // The CSV's x column is the one the site's package declares, described by the site's words.
    const bundle = unzipSync(readFileSync(join(out, "charts/library-use.zip")));
    const pkg = JSON.parse(Buffer.from(bundle["datapackage.json"]!).toString("utf8")) as { resources: { schema: { fields: { name: string; description?: string }[] } }[] };
    expect(pkg.resources[0]!.schema.fields.find((f) => f.name === "year")?.description).toBe("The financial year ending 31 March of this year");
    expect(readFileSync(join(out, "charts/library-use.csv"), "utf8")).toMatch(/^\uFEFFseries,year,value,status,source_id,source_release\n/);
  });

  it("says on every page that it is an example, and names its own site", () => {
    expect(config.example).toBe(true);
    const notice = readFileSync(join(root, SITE, "content/pages/example-notice.md"), "utf8");
    const first = notice.split("---")[2]!.trim().split("\n")[0]!.trim();
    const missing = pages.filter((f) => {
      const { document } = parseHTML(readFileSync(f, "utf8"));
      const banner = document.querySelector("[data-example-banner]");
      return !(banner && (banner.textContent ?? "").replace(/\s+/g, " ").includes(first) && document.querySelector("title")?.textContent?.includes(config.name));
    });
    expect(missing.map((f) => relative(out, f))).toEqual([]);
  });

  it("holds none of this site's names, codes or identifiers, in any file", () => {
    const pattern = termPattern(siteIdentityTerms(root));
    const leaks = texts(out).flatMap(({ name, text }) => findTerms(text, pattern).map((h) => `${name}:${h.line}: [${h.term}] ${h.text}`));
    expect(leaks, `${leaks.length} lines of the third site's output name this site:\n${leaks.slice(0, 80).join("\n")}`).toEqual([]);
  });

  it("stops on a planted bad chart entry, naming file, line and field, and writes nothing", () => {
    const copy = join(work, "planted");
    cpSync(join(root, SITE), copy, { recursive: true, filter: (src) => !src.includes(`${SITE}/dist`) });
    const entry = join(copy, "content/charts/library-use.yaml");
    const text = readFileSync(entry, "utf8").replace("{ column: visits,", "{ column: vists,");
    writeFileSync(entry, text);
    // A chart of a kind drawn from DfE's table, which this site's package does not list.
    const dfe = "kind: rate-per-10000\norder: 9\ntopic: t\nyears: { from: 2020, to: 2021 }\ntitle: t\nsubtitle: s\nalt: a\ncaption: c\naxis: { label: l, unit: u }\nmeasure: { counted: c, when: w, short: s }\n";
    writeFileSync(join(copy, "content/charts/rates.yaml"), dfe);
    const plantedOut = join(work, "planted-dist");
    const r = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: exampleBuildEnv(copy, plantedOut), encoding: "utf8" });
    expect(r.status).not.toBe(0);
    const output = `${r.stdout}\n${r.stderr}`;
    const seriesLine = text.split("\n").findIndex((l) => l.includes("column: vists")) + 1;
    expect(output).toContain(`content/charts/library-use.yaml:${seriesLine}: data.series.0.column: "vists" is not a column of `);
    expect(output).toMatch(/content\/charts\/rates\.yaml:1: kind: a chart of kind rate-per-10000 draws from "looked-after", which the site's data\/datapackage\.json does not list/);
    expect(() => readdirSync(plantedOut)).toThrow();
  }, 120_000);
});
