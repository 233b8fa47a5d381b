/** The markdown module: one setup for all content. */
export { createMarkdownIt, renderMarkdown, renderInline, renderPlain } from "./create-markdown-it.ts";
export { ContentError, type MarkdownEnv } from "./content-error.ts";
export { loadLabels, isListedLabel } from "./labels.ts";
