/**
 * Binds prose to data. `{{key}}` names a figure in the registry and renders as
 * <data value> inside a link to the figure's source; `{{date:2018-10-18}}` renders as
 * <time datetime>; `{{label:item-7}}` renders an identifier from the short list in
 * content/labels.yaml with a data-label. Anything unknown stops the build, naming file and line.
 * A date the record does not state but we inferred must be written
 * `{{date:2020-01-02 inferred}}`, and reads "2 January 2020 (inferred)" wherever it appears.
 */
import type { MarkdownIt, StateInline, Token } from "markdown-it";
import type { FigureRegistry } from "../figures/types.ts";
import { ContentError, lineOf, type MarkdownEnv } from "./content-error.ts";
import { formatIsoDate, isIsoDate } from "../../format/date.ts";
import { escapeHtml } from "../../format/escape.ts";
import type { Label } from "./labels.ts";
import { firstPublishedText, revisionText, type RevisionWords } from "../data/revisions.ts";

export interface FiguresPluginOptions {
  figures: FigureRegistry;
  /** The site's labels (content/labels.yaml, loadLabels), by key. */
  labels: Readonly<Record<string, Label>>;
  /** The URL of a source's entry: "/sources/#<source id>". */
  sourceHref?: (sourceId: string) => string;
  /** The publisher of a source, so a sentence can attribute a figure by naming it. */
  publisherOf?: (sourceId: string) => string | undefined;
  /** Dates (ISO) that are inferred, not stated in the record. */
  inferredDates?: ReadonlySet<string>;
  /** The words a revised value's note is written in (the site's wording). */
  revisionWords: RevisionWords;
}

const OPEN = "{{";
const CLOSE = "}}";

/** The markdown-it plugin; see the module comment for the syntax. */
export function figuresPlugin(md: MarkdownIt, options: FiguresPluginOptions): void {
  const sourceHref = options.sourceHref ?? ((id: string) => `/sources/#${id}`);
  const inferredDates = options.inferredDates ?? new Set<string>();
  // A source published jointly ("Paper A / Paper B") may be attributed to either paper.
  const attributions = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => (options.publisherOf?.(id) ?? "").split(" / ").filter(Boolean));

  md.inline.ruler.before("text", "bound_value", (state: StateInline, silent: boolean) => {
    if (!state.src.startsWith(OPEN, state.pos)) return false;
    const end = state.src.indexOf(CLOSE, state.pos + OPEN.length);
    if (end < 0) return false;
    const raw = state.src.slice(state.pos, end + CLOSE.length);
    const inner = raw.slice(OPEN.length, -CLOSE.length).trim();
    if (!silent) {
      const env = state.env as unknown as MarkdownEnv;
      const fail = (field: string, problem: string): never => {
        throw new ContentError(env.file ?? "(unknown file)", lineOf(env, raw), field, problem);
      };
      const token = state.push("bound_value", "", 0);
      token.content = raw;
      if (inner.startsWith("date:")) {
        const [iso = "", flag, ...rest] = inner.slice("date:".length).trim().split(/\s+/);
        const text = isIsoDate(iso) ? formatIsoDate(iso) : fail(raw, `"${iso}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
        if (rest.length || (flag !== undefined && flag !== "inferred")) fail(raw, 'a date takes one optional word, "inferred"');
        const inferred = inferredDates.has(iso);
        if (inferred && flag !== "inferred") fail(raw, `${iso} is an inferred date, not stated in the record: write {{date:${iso} inferred}} so readers see "(inferred)"`);
        if (!inferred && flag === "inferred") fail(raw, `${iso} is not listed as inferred (a meeting or timeline event with dateStatus: inferred)`);
        token.meta = { html: `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>${inferred ? " (inferred)" : ""}` };
      } else if (inner.startsWith("label:")) {
        const key = inner.slice("label:".length).trim();
        const label = options.labels[key] ?? fail(raw, `unknown label "${key}" (labels are listed in content/labels.yaml)`);
        token.meta = { html: `<span data-label="${label.kind}">${escapeHtml(label.text)}</span>` };
      } else {
        const figure = options.figures.get(inner) ?? fail(raw, `unknown figure key "${inner}"`);
        const revision = figure.revision ?? null;
        const title = (text: string) => (revision ? ` title="${escapeHtml(revisionText(text, revision, options.revisionWords))}"` : "");
        const values = figure.parts.map((p) => `<data value="${p.value}"${title(p.text)}>${escapeHtml(p.text)}</data>`).join(" to ");
        // A title shows only on hover, so a revised value also gets a visible marker: a link
        // to the earlier release whose name, and focus or hover label, is the note. Inside a
        // control (a claim's summary) neither the value nor the marker is a link: a link there
        // would be a control inside a control, and the sources are cited beside it.
        const marker = !revision
          ? ""
          : env.inControl
            ? `<sup class="figure-revised">revised</sup>`
            : `<sup class="figure-revised"><a href="${escapeHtml(sourceHref(revision.sourceId))}" aria-label="revised: ${escapeHtml(firstPublishedText(revision, options.revisionWords))}" data-note="${escapeHtml(firstPublishedText(revision, options.revisionWords))}">revised</a></sup>`;
        token.meta = {
          html: env.inControl
            ? `<span class="figure">${values}</span>${marker}`
            : `<a class="figure" href="${escapeHtml(sourceHref(figure.sourceIds[0]!))}">${values}</a>${marker}`,
          confidence: figure.confidence,
          attributions: attributions(figure.sourceIds),
        };
      }
    }
    state.pos = end + CLOSE.length;
    return true;
  });

  md.renderer.rules.bound_value = (tokens: Token[], idx: number) => (tokens[idx]!.meta as { html: string }).html;
}
