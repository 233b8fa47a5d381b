/**
 * Typographic quotes and dashes in plain text, as page text gets them: the same rules of
 * markdown-it's typographer (smartquotes and replacements) that the one markdown setup
 * turns on (src/lib/markdown/create-markdown-it.ts), run over the text alone. The "zero"
 * preset reads no markdown, so `*`, `_`, `<` and backslashes stay as written: chart words
 * are plain text, not markdown (docs/charts.md).
 */
import markdownIt from "markdown-it";

const md = markdownIt("zero", { typographer: true }).enable(["replacements", "smartquotes"]);

/** `text` with ' and " as ‘ ’ “ ” (an apostrophe as ’), and markdown-it's other replacements (… – —). */
export function typeset(text: string): string {
  // Most chart words hold nothing to replace; skip the parser for them.
  if (!/['"]|\.\.\.|--|\+-|\([ctrp]/i.test(text)) return text;
  const [inline] = md.parseInline(text, {});
  return (inline?.children ?? []).map((t) => (t.type === "softbreak" ? "\n" : t.content)).join("");
}
