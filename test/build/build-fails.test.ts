/**
 * The whole build, run on a copy of content/ with one planted fault: it must stop, name
 * the content file and line, and write no output. Slow (an Astro build each), so these
 * run in their own project after the unit tests.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, ".build", `fault-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds with a copy of content/ changed by `plant`; returns the exit code, output and whether anything was written. */
function buildWith(name: string, plant: (dir: string) => void) {
  const dir = join(work, name, "content");
  const out = join(work, name, "dist");
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, "content"), dir, { recursive: true });
  plant(dir);
  const r = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: relative(root, dir), OUT_DIR: out, CI: "1" },
    encoding: "utf8",
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, wrote: existsSync(out), dir: relative(root, dir) };
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to change in ${file}`);
  writeFileSync(file, next);
};

describe("the build stops on bad content, naming the file", () => {
  it("an unknown figure key in a page body", () => {
    const r = buildWith("unknown-key", (d) => edit(join(d, "pages/why.md"), "to {{england.number.2016}}:", "to {{england.number.2061}}:"));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/pages/why\\.md:\\d+: \\{\\{england\\.number\\.2061\\}\\}: unknown figure key`));
    expect(r.wrote).toBe(false);
  });

  it("a chart entry binding a value its chart does not compute, and an unknown chart kind", () => {
    const r = buildWith("chart-entry", (d) => {
      edit(join(d, "charts/starts-and-ceased.yaml"), "in {{more}} of the", "in {{mroe}} of the");
      edit(join(d, "charts/money.yaml"), "kind: money", "kind: pie");
    });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/charts/starts-and-ceased\\.yaml:\\d+: title: unknown value "\\{\\{mroe\\}\\}"`));
    expect(r.output).toMatch(new RegExp(`${r.dir}/charts/money\\.yaml:\\d+: kind: unknown chart kind`));
    expect(r.wrote).toBe(false);
  });

  it("a number typed into a meeting record's title", () => {
    const r = buildWith("unbound-number", (d) => edit(join(d, "meetings/cabinet-2018-10-18.yaml"), 'title: "Cabinet, {{date:2018-10-18}}"', 'title: "Cabinet, 18 October 2018"'));
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${r.dir}/meetings/cabinet-2018-10-18.yaml:1: "18": a number in prose must be bound`);
    expect(r.wrote).toBe(false);
  });

  it("a number typed into a timeline event's summary", () => {
    const r = buildWith("timeline-number", (d) => edit(join(d, "timeline/2018-10-18-cabinet-decision.yaml"), "had {{press.petition}} signatures", "had 383 signatures"));
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${r.dir}/timeline/2018-10-18-cabinet-decision.yaml:7: "383": a number in prose must be bound`);
    expect(r.wrote).toBe(false);
  });

  it("an unknown figure key in a timeline event", () => {
    const r = buildWith("timeline-key", (d) => edit(join(d, "timeline/2018-10-18-cabinet-decision.yaml"), "{{press.petition}}", "{{press.petitions}}"));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/timeline/2018-10-18-cabinet-decision\\.yaml:7: \\{\\{press\\.petitions\\}\\}: unknown figure key`));
    expect(r.wrote).toBe(false);
  });

  it("a claim whose verdict says it holds, on unverified evidence", () => {
    const r = buildWith("claim-verdict", (d) => edit(join(d, "claims.yaml"), /(- id: before-2015-45\n(?:.*\n)*?  verdict: )unverified/, "$1matches"));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/claims\\.yaml:\\d+: \\d+\\.verdict: claim "before-2015-45": verdict "matches" says the claim holds, but its evidence is unverified`));
    expect(r.wrote).toBe(false);
  });

  it("a timeline headline that only the press reports, stated as fact", () => {
    const r = buildWith("press-headline", (d) => edit(join(d, "timeline/2018-10-18-cabinet-decision.yaml"), /^title: .*$/m, "title: Cabinet voted for the plan to go to consultation"));
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${r.dir}/timeline/2018-10-18-cabinet-decision.yaml:1: title: only the press reports this`);
    expect(r.wrote).toBe(false);
  });

  it("an inferred date given without (inferred)", () => {
    const r = buildWith("inferred-date", (d) => edit(join(d, "pages/why.md"), "The Assistant Director", "On {{date:2018-10-25}} the Assistant Director"));
    expect(r.code).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.dir}/pages/why\\.md:\\d+: \\{\\{date:2018-10-25\\}\\}: 2018-10-25 is an inferred date`));
    expect(r.wrote).toBe(false);
  });
});
