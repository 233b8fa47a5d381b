/**
 * The site's one escaper, for text written into HTML or XML by hand (markdown plugins,
 * embed code, standalone SVG and PNG text). It escapes what a text node or a
 * double-quoted attribute needs, as markdown-it's own escaper does; the site writes no
 * single-quoted or unquoted attributes, so an apostrophe stays as it is (it reads as one
 * in the embed code a reader copies).
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escape text for an HTML or XML text node or a double-quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** Escape text for an HTML or XML text node only: quotes stay as they are there. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
