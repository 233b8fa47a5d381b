/**
 * Words never go further than their source (EDITORIAL.md). Each sentence that names a
 * bound figure is checked against the figure's confidence, and the build stops, naming
 * file and line, when the sentence does not say how sure it is:
 *   - press: the same sentence names the paper ("the local press" is not enough);
 *   - calc: the same sentence says it is our calculation;
 *   - unverified: the same sentence presents it as something said or claimed.
 * Table cells are left to their column headers, which name each column's source.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { Confidence } from "../data/index.ts";
import { ContentError, lineOf, type MarkdownEnv } from "./content-error.ts";

/** What a bound figure's token carries for this check (set by the figures plugin). */
export interface BoundFigureMeta {
  html: string;
  confidence?: Confidence;
  /** Names a sentence may use to attribute the figure: its sources' publishers. */
  attributions?: readonly string[];
}

// Phrases that attribute a figure, by confidence. A press figure has none: only naming
// its publisher attributes it, which is checked per figure.
const CALC = /\bour (own )?calculations?\b|\bwe calculated?\b/i;
const CLAIM = /\b(said|says|say|claimed|claims|claim|told|informed|credited|gave|stated|according to|reported)\b/i;

const RULES: Partial<Record<Confidence, { test?: RegExp; advice: string }>> = {
  press: { advice: 'it comes from a press report: name the paper in the same sentence (e.g. "the Example Gazette reported")' },
  calc: { test: CALC, advice: 'it is our own calculation: say so in the same sentence (e.g. "(our calculation)")' },
  unverified: { test: CLAIM, advice: 'it is unverified: give it only as a claim, in the same sentence (e.g. "the release said")' },
};

const PLACE = "\u0000";

/** Sentences of a run of text: a stop, then space, then a capital, a quote, a bracket or a placeholder. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z“"‘(\u0000])/);
}

function check(env: MarkdownEnv, block: Token): void {
  const parts: string[] = [];
  const bound: { meta: BoundFigureMeta; raw: string }[] = [];
  for (const t of block.children ?? []) {
    if (t.type === "text" || t.type === "code_inline") parts.push(t.content);
    else if (t.type === "softbreak" || t.type === "hardbreak") parts.push(" ");
    else if (t.type === "bound_value") {
      parts.push(`${PLACE}${bound.length}${PLACE}`);
      bound.push({ meta: t.meta as unknown as BoundFigureMeta, raw: t.content });
    }
  }
  if (!bound.some(({ meta }) => meta.confidence && RULES[meta.confidence])) return;
  for (const sentence of sentences(parts.join(""))) {
    const plain = sentence.replace(/\u0000\d+\u0000/g, "#");
    for (const m of sentence.matchAll(/\u0000(\d+)\u0000/g)) {
      const { meta, raw } = bound[Number(m[1])]!;
      const rule = meta.confidence ? RULES[meta.confidence] : undefined;
      if (!rule) continue;
      const named = (meta.attributions ?? []).some((a) => plain.toLowerCase().includes(a.toLowerCase()));
      if (named || rule.test?.test(plain)) continue;
      env.blockLine = block.map?.[0] ?? env.blockLine;
      throw new ContentError(env.file ?? "(unknown file)", lineOf(env, raw), `"${plain.trim().slice(0, 80)}"`, `a ${meta.confidence} figure is stated as fact; ${rule.advice}`);
    }
  }
}

/** The markdown-it plugin; runs after inline parsing. */
export function attributionPlugin(md: MarkdownIt): void {
  md.core.ruler.push("attribution", (state: StateCore) => {
    const env = state.env as unknown as MarkdownEnv;
    if (env.quotedClaim) return;
    let inTable = 0;
    for (const block of state.tokens) {
      if (block.type === "table_open") inTable++;
      if (block.type === "table_close") inTable--;
      if (inTable || block.type !== "inline") continue;
      check(env, block);
    }
  });
}
