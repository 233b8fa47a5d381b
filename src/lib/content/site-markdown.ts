/**
 * The site's markdown renderer, built once per build from the site's figures registry
 * (site-registry.ts: data package + content/reported-figures.yaml), with helpers that name the content file in
 * every error. Pages call these; nothing else renders markdown.
 */
import { readFileSync } from "node:fs";
import { getCollection } from "astro:content";
import type { MarkdownIt } from "markdown-it";
import { sources } from "../data/index.ts";
import { figureRegistry } from "../figures/site-registry.ts";
import type { FigureRegistry } from "../figures/types.ts";
import { createMarkdownIt, renderInline, renderMarkdown, renderPlain } from "../markdown/index.ts";
import { ui } from "./ui.ts";
import type { SiteConfig } from "../../config/config.ts";
import { perSite } from "../../config/per-site.ts";
import { loadLabels, type Label } from "../markdown/labels.ts";

/** The renderer of the site configured by `config`, built once for it. */
const built: (config: SiteConfig) => Promise<{ md: MarkdownIt; figures: FigureRegistry; labels: Readonly<Record<string, Label>> }> = perSite(build);

async function build(config: SiteConfig) {
  const all = sources(config);
  const labels = loadLabels(config);
  // The registry the charts bind from too: one per build.
  const figures = figureRegistry(config.paths.content, config);
  // A date a meeting or event marks as inferred must read "(inferred)" wherever prose gives it.
  const inferredDates = new Set(
    [...(await getCollection("meetings")), ...(await getCollection("timeline"))].filter((e) => e.data.dateStatus === "inferred" && e.data.date).map((e) => e.data.date!),
  );
  const publisherOf = (id: string) => all.find((s) => s.id === id)?.publisher;
  return { md: createMarkdownIt({ figures, labels, publisherOf, inferredDates, revisionWords: ui(config).charts }), figures, labels };
}

/** The labels of this build (content/labels.yaml), as its markdown binds them. */
export async function siteLabels(config: SiteConfig): Promise<Readonly<Record<string, Label>>> {
  return (await built(config)).labels;
}

/** The figures registry of this build. */
export async function siteFigures(config: SiteConfig): Promise<FigureRegistry> {
  return (await built(config)).figures;
}

const texts = new Map<string, string>();
const sourceText = (file: string): string | undefined => {
  if (!texts.has(file)) {
    try {
      texts.set(file, readFileSync(file, "utf8"));
    } catch {
      return undefined;
    }
  }
  return texts.get(file);
};

/** A renderer for one content file: block, inline and plain-text forms. */
export interface FileRenderer {
  block(text: string): string;
  inline(text: string): string;
  plain(text: string): string;
  /**
   * One line that is itself a quoted claim, attributed by the entry around it, shown inside
   * a control (a <details> summary): its figures are marked but not linked.
   */
  claimInControl(text: string): string;
  /** The same quoted claim as plain text (for structured data). */
  claimPlain(text: string): string;
}

/** Renderers bound to `file` (a path from the repository root), so errors name it, for the site configured by `config`. */
export async function forFile(file: string, config: SiteConfig): Promise<FileRenderer> {
  const { md } = await built(config);
  const env = () => ({ file, source: sourceText(file) });
  return {
    block: (t) => renderMarkdown(md, t, env()),
    inline: (t) => renderInline(md, t, env()),
    plain: (t) => renderPlain(md, t, env()),
    claimPlain: (t) => renderPlain(md, t, { ...env(), quotedClaim: true }),
    claimInControl: (t) => renderInline(md, t, { ...env(), quotedClaim: true, inControl: true }),
  };
}
