/**
 * Gives every markdown heading a stable id from its words, so sections can be linked
 * to (/why/#ofsted). Bound values in a heading are left out of the id; a repeated heading
 * in one file gets -2, -3 and so on.
 */
import type { MarkdownIt, StateCore } from "markdown-it";

/** "The new service model" → "the-new-service-model". */
export function slugify(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The markdown-it plugin. */
export function headingIdsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state: StateCore) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((t, i) => {
      if (t.type !== "heading_open" || t.attrGet("id")) return;
      const base = slugify(state.tokens[i + 1]?.content ?? "") || "section";
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      t.attrSet("id", n === 1 ? base : `${base}-${n}`);
    });
  });
}
