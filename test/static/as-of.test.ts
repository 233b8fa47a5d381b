/**
 * The default build in dist/, with the project's own feedback config, read as files. (A
 * build as of 2018 with an open consultation is read in test/build/variant-build.test.ts;
 * this site's events and consultation section, in test/story/static/as-of.test.ts.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";

const page = (dir: string, path: string) => parseHTML(readFileSync(join(dir, path), "utf8")).document;

describe.skipIf(process.env.FEEDBACK_CONFIG)("the project's feedback config, which names no response form", () => {
  const pages = ["proposal/index.html", ...readdirSync(join(DIST, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `charts/${d.name}/index.html`)];

  it("puts no consultation notice under the proposal's sections or on the chart pages", () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const path of pages) {
      const main = page(DIST, path).querySelector("main")!;
      expect(main.querySelectorAll(".respond-link, [data-respond]").length, path).toBe(0);
      expect(main.textContent, path).not.toMatch(/How to take part|response form and dates/);
    }
  });
});
