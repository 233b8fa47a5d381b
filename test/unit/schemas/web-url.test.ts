/**
 * Every URL field of every content schema allows only http: and https: addresses on a
 * named host (src/schemas/web-url.ts): each field is planted with each hostile scheme in a
 * copy of the real file and must be refused naming the file, the line and the field.
 * (sources.csv's url column is checked by the data package's format "uri": https only;
 * datapackage.json's licence links by load-package.test.ts.)
 */
import { site } from "../../support/site.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z, type ZodType } from "astro/zod";
import { validateYamlText } from "../../../src/features/validate-yaml.ts";
import { meetingSchema } from "../../../src/schemas/meeting.ts";
import { timelineEventSchema } from "../../../src/schemas/timeline.ts";
import { feedbackConfigSchema } from "../../../src/schemas/feedback.ts";
import { siteConfigSchema } from "../../../src/schemas/site-config.ts";
import { uiSchema } from "../../../src/schemas/ui.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";

const timeline = timelineEventSchema(new Map(sources(site).map((s) => [s.id, s])));

// [file, the line to plant in (its start), the field as errors name it, schema, the part validated, https only?]
const fields: [string, string, string, ZodType, string[], boolean][] = [
  ["content/meetings/cabinet-2018-10-18.yaml", "recordUrl: ", "recordUrl", meetingSchema, [], false],
  ["content/meetings/cabinet-2018-10-18.yaml", "meetingUrl: ", "meetingUrl", meetingSchema, [], false],
  ["content/timeline/2018-10-18-cabinet-meeting.yaml", "    url: ", "records.0.url", timeline, [], false],
  ["content/feedback.yaml", "  formUrl: ", "consultation.formUrl", feedbackConfigSchema, ["consultation"], true],
  ["content/feedback.yaml", "      url: ", "consultation.otherWays.0.url", feedbackConfigSchema, ["consultation"], false],
  ["content/site.yaml", "  contact: ", "publisher.contact", siteConfigSchema, [], true],
  ["content/site.yaml", "    url: ", "importer.publication.url", siteConfigSchema, [], true],
  ["content/site.yaml", "publicUrl: ", "publicUrl", siteConfigSchema, [], false],
  // The engine's defaults hold the licence link, but not the story's sentences (a site gives those): the footer's link alone is checked.
  ["src/lib/content/ui.defaults.yaml", "  licenceUrl: ", "footer.licenceUrl", z.object({ licenceUrl: uiSchema.shape.footer.shape.licenceUrl }), ["footer"], true],
];

const hostile = ["javascript:alert(document.domain)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://files.example.org/x", "https:alert(1)", "mailto:x@example.org"];

/** The file's text with the first line starting `start` given `value`, and that line's number. */
function plant(file: string, start: string, value: string): { text: string; line: number } {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) throw new Error(`${file} has no line starting "${start}"`);
  lines[at] = `${start}${JSON.stringify(value)}`;
  return { text: lines.join("\n"), line: at + 1 };
}

describe("every URL field refuses what is not an http(s) address on the web", () => {
  describe.each(fields)("%s: %s", (file, start, field, schema, at, httpsOnly) => {
    it("accepts its real value and an https address", () => {
      expect(validateYamlText(plant(file, start, field === "publicUrl" ? "https://example.org/" : "https://example.org/page").text, file, schema, at)).toEqual([]);
    });

    it.each(httpsOnly ? [...hostile, "http://example.org/page"] : hostile)("refuses %s, naming file, line and field", (url) => {
      const { text, line } = plant(file, start, url);
      const errors = validateYamlText(text, file, schema, at);
      expect(errors.length, errors.join("\n")).toBeGreaterThan(0);
      expect(errors.every((e) => e.startsWith(`${file}:${line}: ${field}: `)), errors.join("\n")).toBe(true);
    });
  });
});
