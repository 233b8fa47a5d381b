/**
 * The second site: examples/exampleshire builds with the same code and the same command
 * as this repository's own site, from its own configuration, data and content, and its
 * output holds nothing of this site: none of the names, codes and identifiers read from
 * content/site.yaml and data/ (test/support/site-identity.ts), in any file it writes,
 * zip archives and compressed search index included. Every page says it is an example.
 *
 * One build (slow: an Astro build), read by every test below.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTerms, siteIdentityTerms, termPattern } from "../support/site-identity.ts";
import { builtTexts as texts, exampleBuildEnv, filesUnder as files } from "../support/example-build.ts";

const root = resolve(import.meta.dirname, "..", "..");
const EXAMPLE = "examples/exampleshire";
const work = join(root, ".build", `example-${process.pid}`);
const out = join(work, "dist");
afterAll(() => rmSync(work, { recursive: true, force: true }));

let built: { name: string; text: string }[] = [];
let pages: string[] = [];

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  const r = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: exampleBuildEnv(EXAMPLE, out), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`the example site's build failed:\n${r.stdout}\n${r.stderr}`);
  built = texts(out);
  pages = files(out).filter((f) => f.endsWith(".html"));
}, 240_000);

describe(`the example site (${EXAMPLE})`, () => {
  it("builds every page of the story, the charts, the feeds and the data from its own folder", () => {
    const names = new Set(files(out).map((f) => relative(out, f)));
    for (const page of ["index.html", "proposal/index.html", "why/index.html", "what-happened-next/index.html", "timeline/index.html", "charts/index.html", "sources/index.html", "about/index.html", "respond/index.html", "search/index.html"]) {
      expect(names, page).toContain(page);
    }
    for (const file of ["timeline.ics", "timeline.xml", "data/datapackage.json", "data/sources.csv", "_headers"]) expect(names, file).toContain(file);
    // At least one chart, with its page, embed, SVG and downloads.
    const chart = [...names].find((n) => /^charts\/[a-z0-9-]+\/index\.html$/.test(n))?.split("/")[1];
    expect(chart, "a chart page").toBeDefined();
    for (const f of [`embed/${chart}/index.html`, `charts/${chart}.svg`, `charts/${chart}.csv`, `charts/${chart}.zip`, `oembed/${chart}.json`]) expect(names, f).toContain(f);
    // Its own data, not this site's: the example's sources file, value for value (the
    // published copy is in the download form: a byte-order mark and the writer's quoting).
    const rows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows(readFileSync(join(out, "data/sources.csv"), "utf8"))).toEqual(rows(readFileSync(join(root, EXAMPLE, "data/sources.csv"), "utf8")));
  });

  it("names its own site and council on every page", () => {
    const config = parse(readFileSync(join(root, EXAMPLE, "content/site.yaml"), "utf8")) as { name: string; example: boolean };
    expect(config.example).toBe(true);
    for (const f of pages) {
      const { document } = parseHTML(readFileSync(f, "utf8"));
      expect(document.querySelector("title")?.textContent, relative(out, f)).toContain(config.name);
    }
  });

  it("says on every page, embeds included, that it is an example, in the words of its content", () => {
    const notice = readFileSync(join(root, EXAMPLE, "content/pages/example-notice.md"), "utf8");
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(notice)![1]!;
    const first = notice.split("---")[2]!.trim().split("\n")[0]!.trim();
    expect(pages.length).toBeGreaterThan(10);
    const missing = pages.filter((f) => {
      const { document } = parseHTML(readFileSync(f, "utf8"));
      const banner = document.querySelector("[data-example-banner]");
      const text = banner?.textContent?.replace(/\s+/g, " ") ?? "";
      return !(banner && banner.getAttribute("aria-label") === title && text.includes(first));
    });
    expect(missing.map((f) => relative(out, f))).toEqual([]);
  });

  it("holds none of this site's names, codes or identifiers, in any file", () => {
    const terms = siteIdentityTerms(root);
    const pattern = termPattern(terms);
    // Every kind of file the build writes was read (binary images aside).
    const kinds = new Set(built.map((t) => extname(t.name.replace(/ \(gunzipped\)$/, "").replace(/:.*$/, ""))));
    for (const ext of [".html", ".js", ".json", ".xml", ".ics", ".svg", ".csv", ".zip"]) expect(kinds, ext).toContain(ext);
    expect(built.some((t) => t.name.includes(".zip:"))).toBe(true);
    const leaks = built.flatMap(({ name, text }) => findTerms(text, pattern).map((h) => `${name}:${h.line}: [${h.term}] ${h.text}`));
    expect(leaks, `${leaks.length} lines of the example's output name this site:\n${leaks.slice(0, 80).join("\n")}`).toEqual([]);
  });
});
