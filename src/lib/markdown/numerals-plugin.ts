/**
 * Stops the build when prose holds a digit that is not bound to a figure, a date or a
 * listed label. Tables and code may hold digits (they are data and identifiers by
 * nature). The post-build numerals check catches the same in page templates.
 */
import type { MarkdownIt, StateCore } from "markdown-it";
import { ContentError, lineOf, type MarkdownEnv } from "./content-error.ts";

/** The markdown-it plugin. */
export function numeralsPlugin(md: MarkdownIt): void {
  md.core.ruler.push("unbound_numerals", (state: StateCore) => {
    const env = state.env as unknown as MarkdownEnv;
    let inTable = 0;
    for (const block of state.tokens) {
      if (block.type === "table_open") inTable++;
      if (block.type === "table_close") inTable--;
      if (inTable || !block.children) continue;
      for (const t of block.children) {
        if (t.type !== "text") continue;
        const m = /[^\s]*\d[^\s]*/.exec(t.content);
        if (m) {
          env.blockLine = block.map?.[0] ?? env.blockLine;
          throw new ContentError(env.file ?? "(unknown file)", lineOf(env, m[0]), `"${m[0]}"`, "a number in prose must be bound: {{figure.key}}, {{date:YYYY-MM-DD}} or {{label:key}}");
        }
      }
    }
  });
}
