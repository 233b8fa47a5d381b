/**
 * Each kind of bad data stops the real `npm run build` script before any page is written:
 * it exits non-zero, names file, line and field, and leaves the last good output folder
 * byte for byte as it was. Validation fails before Astro is loaded, so each run is quick.
 *
 * Most of the data cases call the check the build makes (loadPackage, which the build calls
 * before anything else reads data/) in this process, reading the copy from its own folder as
 * the build does from the site's; a few go through the real script, which shows the wiring:
 * the exit, the message and the untouched output folder. A build process costs about two
 * seconds of processor time, and there were 34 of them.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DataValidationError, loadPackage } from "../../src/lib/data/load-package.ts";
import { markBuildOutput } from "../../scripts/lib/output-folder.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const BUILD = join(ROOT, "scripts", "build.ts");

/**
 * Runs the build script in `cwd` with `env`, without blocking: each case below is a
 * process of its own, and the cases run a few at a time (describe.concurrent), so both
 * cores are busy while this file would otherwise keep one.
 */
function runBuild(cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BUILD], { cwd, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      done({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stderr });
    });
  });
}

/** Every file under `dir` with its hash, size and modification time. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path);
    out[path.slice(dir.length)] = entry.isFile() ? `${createHash("sha256").update(readFileSync(path)).digest("hex")} ${s.size} ${s.mtimeMs}` : "dir";
  }
  return out;
}

type Edit = (lines: string[]) => string[];
const onLine = (n: number, f: (line: string) => string): Edit => (lines) => lines.map((l, i) => (i === n - 1 ? f(l) : l));

// [what, file, edit, the error's start: file:LINE: field]
const corruptions: [string, string, Edit, string][] = [
  ["a wrong type", "looked-after.csv", onLine(5, (l) => l.replace(",2012,", ",2o12,")), "data/looked-after.csv:5: year: "],
  ["a ragged row", "looked-after.csv", onLine(5, (l) => l.slice(0, l.lastIndexOf(","))), "data/looked-after.csv:5: note: row has 10 fields"],
  ["an extra field", "looked-after.csv", onLine(5, (l) => `${l},extra`), "data/looked-after.csv:5: (column 12): extra field"],
  ["an unbalanced quote", "looked-after.csv", (ls) => onLine(ls.length - 1, (l) => l.replace(/,([^,]*)$/, ',"$1'))(ls), "data/looked-after.csv:LAST: (row): a quoted field is never closed"],
  ["a duplicate primary key", "looked-after.csv", (ls) => [...ls.slice(0, 5), ls[3]!, ...ls.slice(5)], "data/looked-after.csv:6: area_code+year+measure+unit: duplicate primary key"],
  ["a missing column", "sources.csv", (ls) => ls.map((l) => (l === "" ? l : l.replace(/,[0-9a-z_]*$/, ""))), "data/sources.csv:1: sha256: missing column"],
  ["an unknown column", "looked-after.csv", onLine(1, (l) => l.replace(/,note$/, ",notes")), "data/looked-after.csv:1: notes: unknown column"],
  ["an unknown source id", "looked-after.csv", onLine(5, (l) => l.replace(/,dfe-[a-z0-9-]+,/, ",dfe-not-a-release,")), 'data/looked-after.csv:5: source_id: unknown sources id "dfe-not-a-release"'],
  ["an empty file", "money.csv", () => [], "data/money.csv:1: (file): the file is empty"],
  ["a control character in a text cell", "looked-after.csv", onLine(5, (l) => `${l}\u0007`), "data/looked-after.csv:5: note: control character U+0007"],
  ["a control character in a number cell", "looked-after.csv", onLine(5, (l) => l.replace(",2012,", ",20\u001b12,")), "data/looked-after.csv:5: year: control character U+001B"],
  ["a right-to-left override in a name", "sources.csv", onLine(2, (l) => l.replace(",Department for Education,", ",Department for \u202Eeducation,")), "data/sources.csv:2: publisher: control character U+202E"],
  ["a formula (=) in a text cell", "sources.csv", onLine(2, (l) => l.replace(",Department for Education,", ',"=HYPERLINK(""https://evil.example"",""DfE"")",')), 'data/sources.csv:2: publisher: "=HYPERLINK("https://evil.example","DfE")" begins with "="'],
  ["a formula (@) in a text cell", "sources.csv", onLine(2, (l) => l.replace(",Department for Education,", ",@SUM(1+1),")), 'data/sources.csv:2: publisher: "@SUM(1+1)" begins with "@"'],
  ["a formula (-) in a text cell", "looked-after.csv", onLine(5, (l) => l.replace(/,[^,]*$/, ",-2+3+cmd|' /C calc'!A0")), `data/looked-after.csv:5: note: "-2+3+cmd|' /C calc'!A0" begins with "-"`],
  ["a formula (+) in a text cell", "area-changes.csv", onLine(2, (l) => l.replace(",Bournemouth,", ",+Bournemouth,")), 'data/area-changes.csv:2: area_name: "+Bournemouth" begins with "+"'],
];

/** The cases run through the real build script: a fault in a cell, and one across files (a source id). */
const THROUGH_THE_SCRIPT = new Set(["a wrong type", "an unknown source id"]);

// Each case through the script starts a real build process; on two busy cores one can take several seconds.
describe.concurrent("npm run build with bad data", { timeout: 30_000 }, () => {
  it("accepts the untouched copy (so each failure below is the corruption's doing)", () => {
    const dir = mkdtempSync(join(tmpdir(), "build-data-"));
    cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
    expect(() => loadPackage(join(dir, "data"))).not.toThrow();
  });

  /** A copy of data/ with `edit` made to `file`; returns its folder, and the expected message with LAST read as the last line of the file before the edit. */
  const corrupted = (file: string, edit: Edit) => {
    const dir = mkdtempSync(join(tmpdir(), "build-data-"));
    cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
    const path = join(dir, "data", file);
    const lines = readFileSync(path, "utf8").split("\n");
    writeFileSync(path, edit(lines).join("\n"));
    return { dir, expected: (e: string) => e.replace("LAST", String(lines.length - 1)) };
  };

  it.each(corruptions.filter(([what]) => !THROUGH_THE_SCRIPT.has(what)))("the build's data check stops on %s, naming file and line", (_what, file, edit, expected) => {
    const { dir, expected: message } = corrupted(file, edit);
    let error: unknown;
    try {
      loadPackage(join(dir, "data"), undefined, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const text = (error as Error).message;
    expect(text.split("\n").some((l) => l.startsWith(message(expected))), text).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(corruptions.filter(([what]) => THROUGH_THE_SCRIPT.has(what)))("stops on %s, naming file and line, and leaves the output folder untouched", async (_what, file, edit, expected) => {
    const { dir, expected: message } = corrupted(file, edit);
    const out = join(dir, "dist");
    mkdirSync(join(out, "charts"), { recursive: true });
    writeFileSync(join(out, "index.html"), "<!doctype html><p>the last good build</p>\n");
    writeFileSync(join(out, "charts", "site.css"), "body { color: black }\n");
    markBuildOutput(out);
    const before = tree(out);

    const run = await runBuild(dir, { ...process.env, CONTENT_DIR: join(ROOT, "content"), DATA_DIR: "data", OUT_DIR: out, CI: "true" });

    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr.split("\n").some((l) => l.startsWith(message(expected))), run.stderr).toBe(true);
    expect(run.stderr).toContain("Build stopped before writing any page; dist/ is unchanged.");
    expect(tree(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["data", "dist"]);
  });
});

// An alias bomb on one line ("billion laughs"): 9^4 values from its aliases.
const BOMB = "{a: &a [l, l, l, l, l, l, l, l, l], b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]}";

// [what, content file, the line to replace (its start), the new line, the error after "file:LINE: "]
const contentFaults: [string, string, string, string, string][] = ([
  ["a bad site configuration", "site.yaml", "  storagePrefix:", "  storagePrefix: No Spaces Allowed", "identifiers\\.storagePrefix: "],
  ["bad wording (an unknown slot)", "ui.yaml", "  noteOn:", '  noteOn: "Notes: {sect}"', "notes\\.noteOn: unknown slot \\{sect\\}"],
  ["an alias bomb in the site configuration", "site.yaml", "name:", "name: BOMB", "yaml: its aliases expand past 100 values \\(an alias bomb\\)"],
  ["an alias bomb in the wording", "ui.yaml", "  noteOn:", "  noteOn: BOMB", "yaml: its aliases expand past 100 values \\(an alias bomb\\)"],
  ["an alias bomb in a meeting record", "meetings/cabinet-2018-10-18.yaml", "venue:", "venue: BOMB", "yaml: its aliases expand past 100 values \\(an alias bomb\\)"],
  ["a control character escaped in the wording", "ui.yaml", "  noteOn:", '  noteOn: "Notes\\u0007 {section}"', "notes\\.noteOn: control character U\\+0007 in the value"],
  ["a raw control character in a page", "pages/why.md", "The Assistant Director", "The Assistant\u0008 Director", "\\(text\\): control character U\\+0008 at column 14"],
  ["a javascript: link as a meeting's record", "meetings/cabinet-2018-10-18.yaml", "recordUrl:", "recordUrl: javascript:alert(document.cookie)", "recordUrl: must be an http: or https: address"],
  ["a data: link as a timeline source", "timeline/2018-10-18-cabinet-meeting.yaml", "    url:", "    url: data:text/html,<script>alert(1)</script>", "records\\.0\\.url: must be an http: or https: address"],
  ["an image from another site in a page", "pages/why.md", "The Assistant Director", "![A chart](https://evil.example/x.png)", "!\\[A chart\\]\\(https://evil\\.example/x\\.png\\): an image from another site is blocked"],
] as [string, string, string, string, string][]).map(([what, file, start, line, expected]) => [what, file, start, line.replace("BOMB", BOMB), expected]);

describe.concurrent("npm run build with bad content", { timeout: 30_000 }, () => {
  it.each(contentFaults)("stops on %s, naming content/%s, the line and the field, and leaves the output folder untouched", async (_what, file, start, replacement, expected) => {
    const dir = mkdtempSync(join(tmpdir(), "build-content-"));
    cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
    const path = join(dir, "content", file);
    const lines = readFileSync(path, "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith(start));
    expect(at, `${file} has no line starting "${start}"`).toBeGreaterThanOrEqual(0);
    lines[at] = replacement;
    writeFileSync(path, lines.join("\n"));
    const out = join(dir, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<!doctype html><p>the last good build</p>\n");
    markBuildOutput(out);
    const before = tree(out);

    const run = await runBuild(dir, { ...process.env, DATA_DIR: join(ROOT, "data"), OUT_DIR: out, CI: "true" });

    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^content/${file.replace(/\./g, "\\.")}:${at + 1}: ${expected}`, "m"));
    expect(tree(out)).toEqual(before);
  });
});

/** Runs the build in a folder holding a copy of data/ and content/, with `env`; returns the run and that folder. */
async function buildIn(setup: (dir: string) => void, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "build-out-"));
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
  setup(dir);
  const before = tree(dir);
  const run = await runBuild(dir, { ...process.env, CI: "true", ...env });
  return { run, dir, before };
}

// [what, a folder set up beside data/ and content/, OUT_DIR, the error's start]. Each folder is
// inside the test's own temporary folder: were the guard broken, the build would replace
// only that (a folder above it, such as "..", is left to test/unit/scripts/output-folder.test.ts).
const outFolders: [string, (dir: string) => void, string | undefined, RegExp][] = [
  ["a folder of someone else's files", (d) => { mkdirSync(join(d, "precious")); writeFileSync(join(d, "precious", "notes.txt"), "mine\n"); }, "precious", /^OUT_DIR: the output folder precious\/ holds files no build wrote \(it has no \.site-build marker\)/m],
  ["the data folder", () => {}, "data", /^OUT_DIR: the output folder data\/ is the data folder/m],
  ["a folder inside the content folder", () => {}, "content/pages", /^OUT_DIR: the output folder content\/pages\/ is inside the content folder/m],
  ["the site's own folder", () => {}, ".", /^OUT_DIR: the output folder \.\/ is the site's folder/m],
  ["a link to the data folder", (d) => symlinkSync(join(d, "data"), join(d, "out")), "out", /^OUT_DIR: the output folder out\/ is a symbolic link/m],
  ["the content folder, set in site.yaml", (d) => writeFileSync(join(d, "content", "site.yaml"), readFileSync(join(d, "content", "site.yaml"), "utf8").replace("  out: dist\n", "  out: content\n")), undefined, /^content\/site\.yaml:\d+: paths\.out: the output folder content\/ is the content folder/m],
];

describe.concurrent("npm run build with an output folder it must not replace", { timeout: 30_000 }, () => {
  it.each(outFolders)("stops on %s, naming the setting, and changes nothing", async (_what, setup, out, expected) => {
    const { run, dir, before } = await buildIn(setup, { DATA_DIR: "data", CONTENT_DIR: "content", ...(out === undefined ? {} : { OUT_DIR: out }) });
    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(expected);
    expect(tree(dir)).toEqual(before);
  });

  it("stops on a symbolic link in data/, naming it, and leaves the output folder untouched", async () => {
    const { run, dir, before } = await buildIn((d) => {
      symlinkSync("/etc/hostname", join(d, "data", "hostname.csv"));
      mkdirSync(join(d, "dist"));
      writeFileSync(join(d, "dist", "index.html"), "<p>the last good build</p>\n");
      markBuildOutput(join(d, "dist"));
    }, { DATA_DIR: "data", CONTENT_DIR: "content", OUT_DIR: "dist" });
    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(/^data\/hostname\.csv:1: \(file\): a symbolic link \(to \/etc\/hostname\)/m);
    expect(tree(dir)).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.concurrent("npm run build for publishing without a publisher", { timeout: 30_000 }, () => {
  it("stops, naming content/site.yaml's line and the publisher's name and contact, and leaves the output folder untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "build-publisher-"));
    cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
    const path = join(dir, "content", "site.yaml");
    // The repository's own configuration names no publisher: a real deployment must.
    const lines = readFileSync(path, "utf8").split("\n");
    const line = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(lines[line("  name:") - 1]).toBe("  name: null");
    const out = join(dir, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<!doctype html><p>the last good build</p>\n");
    const before = tree(out);
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(ROOT, "data"), OUT_DIR: out, CI: "true", URL: "https://example.net" };
    for (const name of ["SITE_URL", "CF_PAGES_URL", "PUBLISHER_NAME", "PUBLISHER_CONTACT"]) delete env[name];

    const run = await runBuild(dir, env);

    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^content/site\\.yaml:${line("  name:")}: publisher\\.name: this build is for publishing at https://example\\.net/ \\(from URL\\), so the site must say who publishes it`, "m"));
    expect(run.stderr).toMatch(new RegExp(`^content/site\\.yaml:${line("  contact:")}: publisher\\.contact: .*a way to send corrections`, "m"));
    expect(tree(out)).toEqual(before);
  });
});
