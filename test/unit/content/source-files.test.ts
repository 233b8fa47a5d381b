/**
 * sourceFileProblems: the check the build runs before reading anything. Symbolic links
 * in content/, data/ and public/ (each could publish a file from outside the project),
 * control characters in markdown, alias bombs in front matter and remote images in
 * markdown are refused naming the file and line. The whole build stopping on them, its
 * output untouched, is shown by test/unit/build-stops-on-bad-data.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { sourceFileProblems } from "../../../src/lib/content/source-files.ts";
import { ROOT } from "../../support/timeline.ts";

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the site (content/, data/, an empty public/) changed by `plant`; its problems. */
function problems(plant: (dir: string) => void): { errors: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "source-files-"));
  made.push(dir);
  cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  mkdirSync(join(dir, "public", "images"), { recursive: true });
  writeFileSync(join(dir, "public", "images", "ok.png"), "png");
  plant(dir);
  const config = loadSiteConfig({ SITE_DIR: dir, DATA_DIR: join(dir, "data") }, undefined, dir);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return { errors: sourceFileProblems(config, dir), dir };
  } finally {
    process.chdir(cwd);
  }
}

// Five levels of nine aliases: 9^5 values from five lines.
const BOMB = ["a: &a [l, l, l, l, l, l, l, l, l]", ...["b", "c", "d", "e"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcd"[i]}`).join(", ")}]`), `f: [${Array(9).fill("*e").join(", ")}]`].join("\n");
const append = (file: string, text: string) => writeFileSync(file, readFileSync(file, "utf8") + text);

describe("sourceFileProblems(config, root)", () => {
  it("finds nothing wrong with the site as it is", () => {
    expect(problems(() => {}).errors).toEqual([]);
  });

  it.each([
    ["a link in data/ to a file outside", (d: string) => symlinkSync("/etc/hostname", join(d, "data", "hostname.csv")), "data/hostname.csv"],
    ["a link in data/ in place of a listed CSV", (d: string) => { rmSync(join(d, "data", "money.csv")); symlinkSync(join(ROOT, "data", "money.csv"), join(d, "data", "money.csv")); }, "data/money.csv"],
    ["a link in public/ to a file outside", (d: string) => symlinkSync("/etc/passwd", join(d, "public", "passwd.txt")), "public/passwd.txt"],
    ["a link in public/ to a folder outside", (d: string) => symlinkSync("/etc", join(d, "public", "images", "etc")), "public/images/etc"],
    ["a link in content/ (a page)", (d: string) => symlinkSync("/etc/hostname", join(d, "content", "pages", "leak.md")), "content/pages/leak.md"],
    ["a dangling link in content/", (d: string) => symlinkSync(join(d, "nowhere.yaml"), join(d, "content", "timeline", "x.yaml")), "content/timeline/x.yaml"],
  ])("%s", (_what, plant, path) => {
    expect(problems(plant).errors).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/[.]/g, "\\.")}:1: \\(file\\): a symbolic link \\(to .*\\); .* may hold only real files`))]);
  });

  it("a control character in a markdown page, at its line and column", () => {
    const { errors } = problems((d) => append(join(d, "content", "pages", "why.md"), "\nA line with a bell\u0007.\n"));
    const lines = readFileSync(join(ROOT, "content", "pages", "why.md"), "utf8").split("\n").length + 1;
    expect(errors).toEqual([`content/pages/why.md:${lines}: (text): control character U+0007 at column 19; remove it (it breaks or disguises what is published)`]);
  });

  it("an alias bomb in a page's front matter, at its line", () => {
    const { errors } = problems((d) => {
      const file = join(d, "content", "pages", "why.md");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, `---\n${BOMB}\n`));
    });
    expect(errors).toEqual([expect.stringMatching(/^content\/pages\/why\.md:3: yaml: its aliases expand past 100 values \(an alias bomb\)/)]);
  });

  it("an alias bomb in any YAML file, even one no schema reads (content/calculations.yaml)", () => {
    const { errors } = problems((d) => append(join(d, "content", "calculations.yaml"), `- ${BOMB.replace(/\n/g, "\n  ")}\n`));
    expect(errors).toEqual([expect.stringMatching(/^content\/calculations\.yaml:\d+: yaml: its aliases expand past 100 values/)]);
  });

  it("an image on another site in a markdown page, at its line", () => {
    const { errors } = problems((d) => append(join(d, "content", "proposal", "1-homes.md"), "\n![A photo](https://evil.example/p.jpg)\n"));
    const line = readFileSync(join(ROOT, "content", "proposal", "1-homes.md"), "utf8").split("\n").length + 1;
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^content/proposal/1-homes\\.md:${line}: !\\[A photo\\]\\(https://evil\\.example/p\\.jpg\\): an image from another site is blocked`))]);
  });

  it("names every problem at once, each file relative to the working directory", () => {
    const { errors, dir } = problems((d) => {
      symlinkSync("/etc/hostname", join(d, "data", "a.csv"));
      symlinkSync("/etc/hostname", join(d, "public", "b.txt"));
    });
    expect(errors.map((e) => e.split(":")[0])).toEqual(["data/a.csv", "public/b.txt"]);
    expect(relative(dir, join(dir, "data"))).toBe("data");
  });
});
