/**
 * The one markdown-it setup for all content: raw HTML off, safe links only, external
 * links marked, images from this site only, figures and dates bound to data, unbound numerals refused.
 */
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import type { FigureRegistry } from "../figures/types.ts";
import type { MarkdownEnv } from "./content-error.ts";
import { figuresPlugin } from "./figures-plugin.ts";
import type { RevisionWords } from "../data/revisions.ts";
import type { Label } from "./labels.ts";
import { linksPlugin } from "./links-plugin.ts";
import { imagesPlugin } from "./images-plugin.ts";
import { headingIdsPlugin } from "./heading-ids.ts";
import { numeralsPlugin } from "./numerals-plugin.ts";
import { escapeHtml } from "../../format/escape.ts";
import { attributionPlugin } from "./attribution-plugin.ts";

export interface CreateMarkdownItOptions {
  figures: FigureRegistry;
  /** The site's labels (content/labels.yaml, loadLabels), by key. */
  labels: Readonly<Record<string, Label>>;
  /** The publisher of a source id, so a sentence can attribute a figure by naming it. */
  publisherOf?: (sourceId: string) => string | undefined;
  /** Dates that are inferred, not stated in the record (meetings and events with dateStatus: inferred). */
  inferredDates?: ReadonlySet<string>;
  /** The words a revised figure's note is written in (the site's wording, charts). */
  revisionWords: RevisionWords;
}

/** A markdown renderer bound to a figures registry. */
export function createMarkdownIt({ figures, labels, publisherOf, inferredDates, revisionWords }: CreateMarkdownItOptions): MarkdownIt {
  // html: false escapes any tag written in content; typographer gives real quotes and dashes.
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  // Keep the line of each block while its inline text is parsed, for error messages.
  md.core.ruler.at("inline", (state) => {
    const env = state.env as unknown as MarkdownEnv;
    for (const t of state.tokens) {
      if (t.type !== "inline") continue;
      env.blockLine = t.map?.[0];
      t.children ??= [];
      state.md.inline.parse(t.content, state.md, state.env, t.children);
    }
  });
  // A wide table scrolls inside its own box, which keyboard users must be able to reach.
  // A long or wide one is folded into a <details> (it opens without script), as chart
  // tables are on story pages, so a phone reader can pass it or open it.
  md.renderer.rules.table_open = (tokens, idx) => {
    const shape = tableShape(tokens, idx);
    const region = '<div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on small screens)">\n<table>\n';
    if (!shouldFold(shape)) return region;
    const name = escapeHtml(shape.headers.join(", "));
    return `<details class="fold">\n<summary>Show the table<span class="visually-hidden">: ${name}</span></summary>\n${region}`;
  };
  md.renderer.rules.table_close = (tokens, idx) => {
    let open = idx;
    while (open > 0 && tokens[open]!.type !== "table_open") open--;
    return "</table>\n</div>\n" + (shouldFold(tableShape(tokens, open)) ? "</details>\n" : "");
  };
  md.use(figuresPlugin, { figures, labels, revisionWords, ...(publisherOf && { publisherOf }), ...(inferredDates && { inferredDates }) });
  md.use(linksPlugin);
  md.use(imagesPlugin);
  md.use(headingIdsPlugin);
  md.use(numeralsPlugin);
  md.use(attributionPlugin);
  return md;
}

/** A markdown table's header texts and body row count, from its tokens. */
export function tableShape(tokens: readonly Token[], open: number): { headers: string[]; rows: number } {
  const headers: string[] = [];
  let rows = 0;
  let inBody = false;
  for (let i = open + 1; i < tokens.length && tokens[i]!.type !== "table_close"; i++) {
    const t = tokens[i]!;
    if (t.type === "tbody_open") inBody = true;
    if (t.type === "tr_open" && inBody) rows++;
    if (t.type === "th_open") {
      // Only the words are kept: a bound value (a date, a figure) drops out, and so does the
      // comma that stood before it ("Gazette, {{date}}, and …" reads
      // "Gazette, and …", never ", ,").
      const text = (tokens[i + 1]?.children ?? [])
        .filter((c) => c.type === "text")
        .map((c) => c.content)
        .join("")
        .replace(/,(\s*,)+/g, ",")
        .replace(/[\s,]+$/, "")
        .trim();
      headers.push(text);
    }
  }
  return { headers, rows };
}

/** Tables with more than four columns or six rows fold; smaller ones read at a glance. */
export function shouldFold({ headers, rows }: { headers: string[]; rows: number }): boolean {
  return headers.length > 4 || rows > 6;
}

/** Renders a block of markdown from `env.file`. */
export function renderMarkdown(md: MarkdownIt, text: string, env: MarkdownEnv): string {
  return md.render(text, { ...env });
}

/** Renders one line of markdown (a title, a table cell) without a wrapping paragraph. */
export function renderInline(md: MarkdownIt, text: string, env: MarkdownEnv): string {
  return md.renderInline(text, { ...env });
}

/** Plain text of one line of markdown, for <title> and meta descriptions. */
export function renderPlain(md: MarkdownIt, text: string, env: MarkdownEnv): string {
  return renderInline(md, text, env)
    .replace(/<span class="visually-hidden">.*?<\/span>/g, "")
    // The "revised" marker is for readers of the page; a title reads the value alone.
    .replace(/<sup class="figure-revised">.*?<\/sup>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
}
