/**
 * Faults planted in a copy of a content file are caught as the build renders it, naming
 * the file and line: the same markdown setup (test/support/timeline.ts projectMarkdown)
 * and the same renderers the pages use (renderEvent for timeline events, a meeting
 * title inline, a page body split at its directives as Prose.astro does). That a whole
 * build stops on such a fault and writes nothing is shown once, by a real build, in
 * test/build/build-fails.test.ts.
 */
import { site } from "../../support/site.ts";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, projectMarkdown } from "../../support/timeline.ts";
import { renderInline, renderMarkdown, renderPlain } from "../../../src/lib/markdown/index.ts";
import { splitDirectives } from "../../../src/lib/content/directives.ts";
import { timelineEventSchema } from "../../../src/schemas/timeline.ts";
import { toEvent } from "../../../src/lib/timeline/event.ts";
import { renderEvent } from "../../../src/lib/timeline/render.ts";
import { sources } from "../../../src/lib/data/index.ts";

const work = mkdtempSync(join(tmpdir(), "content-faults-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const md = projectMarkdown();

/** A copy of content/ with one file changed; returns the changed file's path. */
function plant(name: string, file: string, from: string | RegExp, to: string): string {
  const dir = join(work, name, "content");
  cpSync(join(ROOT, "content"), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to change in ${file}`);
  writeFileSync(path, next);
  return path;
}

const env = (file: string) => ({ file, source: readFileSync(file, "utf8") });

/** Renders a page's body as Prose.astro does: each markdown run between directives, as a block. */
function renderPage(file: string): void {
  const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  for (const s of splitDirectives(body)) if (s.kind === "markdown") renderMarkdown(md, s.text, env(file));
}

/** Renders a timeline event's every field as the timeline page does. */
function renderEventFile(file: string): void {
  const schema = timelineEventSchema(new Map(sources(site).map((s) => [s.id, s])));
  const e = toEvent(basename(file, ".yaml"), schema.parse(parse(readFileSync(file, "utf8"))));
  renderEvent(e, { inline: (t) => renderInline(md, t, env(file)), plain: (t) => renderPlain(md, t, env(file)) });
}

/** Renders a meeting record's title as its page does. */
function renderMeetingTitle(file: string): void {
  const m = parse(readFileSync(file, "utf8")) as { title: string };
  renderInline(md, m.title, env(file));
}

describe("the untouched content renders", () => {
  it("the files the faults below are planted in", () => {
    expect(() => renderPage(join(ROOT, "content/pages/why.md"))).not.toThrow();
    expect(() => renderEventFile(join(ROOT, "content/timeline/2018-10-18-cabinet-decision.yaml"))).not.toThrow();
    expect(() => renderMeetingTitle(join(ROOT, "content/meetings/cabinet-2018-10-18.yaml"))).not.toThrow();
  });
});

describe("a fault planted in content stops the render, naming file and line", () => {
  it("a number typed into a meeting record's title", () => {
    const file = plant("unbound-number", "meetings/cabinet-2018-10-18.yaml", 'title: "Cabinet, {{date:2018-10-18}}"', 'title: "Cabinet, 18 October 2018"');
    expect(() => renderMeetingTitle(file)).toThrow(`${file}:1: "18": a number in prose must be bound`);
  });

  it("a number typed into a timeline event's summary", () => {
    const file = plant("timeline-number", "timeline/2018-10-18-cabinet-decision.yaml", "had {{press.petition}} signatures", "had 383 signatures");
    expect(() => renderEventFile(file)).toThrow(`${file}:7: "383": a number in prose must be bound`);
  });

  it("an unknown figure key in a timeline event", () => {
    const file = plant("timeline-key", "timeline/2018-10-18-cabinet-decision.yaml", "{{press.petition}}", "{{press.petitions}}");
    expect(() => renderEventFile(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:7: \\{\\{press\\.petitions\\}\\}: unknown figure key`));
  });

  it("an inferred date given without (inferred)", () => {
    const file = plant("inferred-date", "pages/why.md", "The Assistant Director", "On {{date:2018-10-25}} the Assistant Director");
    expect(() => renderPage(file)).toThrow(/pages\/why\.md:\d+: \{\{date:2018-10-25\}\}: 2018-10-25 is an inferred date/);
  });
});
