/**
 * The whole build, run on a copy of a site's content with one planted fault: it must stop,
 * name the content file and line, and leave the last good output exactly as it was. Two
 * faults surface only while Astro renders the pages (the first and the last), so they are
 * planted in the small example site (examples/exampleshire: the same engine and page
 * kinds, a build a quarter as long as this site's); the others, in this site's own
 * content, are caught by the content checks that run before Astro is loaded. Other faults that
 * surface in rendering (numbers typed into titles and summaries, unknown keys in events,
 * inferred dates) are caught by the same renderers in test/unit/content/content-faults.test.ts,
 * without a build each.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markBuildOutput } from "../../scripts/lib/output-folder.ts";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, ".build", `fault-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, as text. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), "utf8")]));

/**
 * Builds with a copy of content/ changed by `plant` (of `site`'s folder when given, built
 * as that site), into an output folder holding a "last good build"; returns the exit code,
 * the output and whether that folder is as it was.
 */
function buildWith(name: string, plant: (dir: string) => void, site?: string) {
  const copy = join(work, name, "site");
  const dir = site ? join(copy, "content") : join(work, name, "content");
  const out = join(work, name, "dist");
  mkdirSync(join(work, name), { recursive: true });
  if (site) cpSync(join(root, site), copy, { recursive: true });
  else cpSync(join(root, "content"), dir, { recursive: true });
  plant(dir);
  mkdirSync(join(out, "charts"), { recursive: true });
  writeFileSync(join(out, "index.html"), "<!doctype html><p>the last good build</p>\n");
  writeFileSync(join(out, "charts", "site.css"), "body { color: black }\n");
  markBuildOutput(out);
  const before = snapshot(out);
  const r = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: root,
    env: { ...process.env, ...(site ? { SITE_DIR: relative(root, copy) } : { CONTENT_DIR: relative(root, dir) }), OUT_DIR: out, CI: "1" },
    encoding: "utf8",
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, unchanged: JSON.stringify(snapshot(out)) === JSON.stringify(before), dir: relative(root, dir) };
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to change in ${file}`);
  writeFileSync(file, next);
};

describe("the build stops on bad content, naming the file", () => {
  it("an unknown figure key in a page body, found while Astro renders the page", () => {
    const r = buildWith("unknown-key", (d) => edit(join(d, "pages/why.md"), "{{exampleshire.number.2017}}", "{{exampleshire.number.2071}}"), "examples/exampleshire");
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/pages/why\\.md:\\d+: \\{\\{exampleshire\\.number\\.2071\\}\\}: unknown figure key`));
    expect(r.output, "caught while Astro renders the page").toContain("Caught error rendering /why/");
    expect(r.unchanged).toBe(true);
  });

  it("a chart entry binding a value its chart does not compute, and an unknown chart kind", () => {
    const r = buildWith("chart-entry", (d) => {
      edit(join(d, "charts/starts-and-ceased.yaml"), "in {{more}} of {{compared}}", "in {{mroe}} of {{compared}}");
      edit(join(d, "charts/money.yaml"), "kind: money", "kind: pie");
    });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/charts/starts-and-ceased\\.yaml:\\d+: title: unknown value "\\{\\{mroe\\}\\}"`));
    expect(r.output).toMatch(new RegExp(`${r.dir}/charts/money\\.yaml:\\d+: kind: unknown chart kind`));
    expect(r.unchanged).toBe(true);
  });

  it("a claim whose verdict says it holds, on unverified evidence", () => {
    const r = buildWith("claim-verdict", (d) => edit(join(d, "claims.yaml"), /(- id: before-2015-45\n(?:.*\n)*?  verdict: )unverified/, "$1matches"));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/claims\\.yaml:\\d+: \\d+\\.verdict: claim "before-2015-45": verdict "matches" says the claim holds, but its evidence is unverified`));
    expect(r.unchanged).toBe(true);
  });

  it("a timeline headline that only the press reports, stated as fact", () => {
    const r = buildWith("press-headline", (d) => edit(join(d, "timeline/2018-10-18-cabinet-decision.yaml"), /^title: .*$/m, "title: Cabinet voted for the plan to go to consultation"));
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${r.dir}/timeline/2018-10-18-cabinet-decision.yaml:1: title: only the press reports this`);
    expect(r.unchanged).toBe(true);
  });

  it("an image from another site in a timeline event's summary (markdown in YAML, caught as it renders)", () => {
    const r = buildWith("remote-image", (d) => edit(join(d, "timeline/2021-03-11-cabinet-meeting.yaml"), "to discuss the example plan.", "to discuss the example plan. ![a photo](https://evil.example/p.jpg)"), "examples/exampleshire");
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/timeline/2021-03-11-cabinet-meeting\\.yaml:\\d+: !\\[a photo\\]\\(https://evil\\.example/p\\.jpg\\): an image from another site is blocked`));
    expect(r.unchanged).toBe(true);
  });
});
