/** The project's timeline events read straight from content/ (no Astro), for unit tests. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { timelineEventSchema } from "../../src/schemas/timeline.ts";
import { sortEvents, toEvent, type TimelineEvent } from "../../src/lib/timeline/event.ts";
import { sources } from "../../src/lib/data/index.ts";
import { createFigureRegistry } from "../../src/lib/figures/registry.ts";
import { createMarkdownIt, renderInline, renderPlain } from "../../src/lib/markdown/index.ts";
import { ui } from "../../src/lib/content/ui.ts";
import { reportedFigureSchema } from "../../src/schemas/reported-figure.ts";
import { inferredDates } from "../../src/lib/content/inferred-dates.ts";
import { eventFile, renderEvent, type RenderedEvent } from "../../src/lib/timeline/render.ts";
import { type SiteConfig } from "../../src/config/config.ts";
import { loadLabels } from "../../src/lib/markdown/labels.ts";
import { site } from "./site.ts";


/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..", "..");

/** A site's markdown setup with its figures (data package + content/reported-figures.yaml), as the build makes it; this site's unless `config` names another. */
export function projectMarkdown(config: SiteConfig = site) {
  const ids = new Set(sources(config).map((s) => s.id));
  const reported = (parse(readFileSync(join(config.paths.content, "reported-figures.yaml"), "utf8")) as unknown[]).map((r) => reportedFigureSchema.parse(r));
  return createMarkdownIt({
    labels: loadLabels(config),
    figures: createFigureRegistry(config, reported.map((r) => ({ key: r.id, ...r })), ids),
    publisherOf: (id) => sources(config).find((s) => s.id === id)?.publisher,
    inferredDates: projectInferredDates(config),
    revisionWords: ui(config).charts,
  });
}

/** Dates a site's meetings and events mark as inferred, read as the build's checks read them. */
export function projectInferredDates(config: SiteConfig = site): Set<string> {
  return new Set(inferredDates(config.paths.content));
}

/** Every event in a site's content/timeline/ (this site's unless `config` names another), validated, sorted and rendered as the site does. */
export function projectEvents(config: SiteConfig = site): RenderedEvent[] {
  const dir = join(config.paths.content, "timeline");
  const schema = timelineEventSchema(new Map(sources(config).map((s) => [s.id, s])));
  const md = projectMarkdown(config);
  const events = sortEvents(readdirSync(dir).filter((n) => n.endsWith(".yaml")).map((n) => toEvent(basename(n, ".yaml"), schema.parse(parse(readFileSync(join(dir, n), "utf8"))))));
  return events.map((e) => {
    const file = eventFile(e.id, relative(ROOT, config.paths.content));
    const env = { file, source: readFileSync(join(ROOT, file), "utf8") };
    return renderEvent(e, { inline: (t) => renderInline(md, t, env), plain: (t) => renderPlain(md, t, env) });
  });
}

/** A minimal event for tests; override what matters. */
export function event(over: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: "e", title: "An event", kind: "meeting", precision: "day", date: "2018-10-18", end: null, notBefore: null, dateStatus: "recorded", dateNote: null, summary: "s", records: [], sources: ["wcc-cabinet-2018-10-18"], milestone: false, ...over };
}
