/**
 * Links: only http(s), mailto and same-site links are allowed (a `javascript:`, `data:`
 * or any other scheme renders as plain text), and links to other sites are marked
 * for every reader: a class for the eye and hidden words for screen readers.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** True for a URL markdown may link to. Control characters are stripped first, as browsers do. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const clean = url.replace(/[\u0000-\u001f\u007f\s]/g, "");
  const m = SCHEME.exec(clean);
  return m ? SAFE_SCHEMES.has(m[1]!.toLowerCase()) : true;
}

/** True for a link that leaves this site. */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/** The markdown-it plugin. */
export function linksPlugin(md: MarkdownIt): void {
  md.validateLink = isSafeUrl;
  md.core.ruler.push("external_links", (state: StateCore) => {
    for (const block of state.tokens) {
      const children = block.children;
      if (!children) continue;
      for (let i = 0; i < children.length; i++) {
        const t = children[i]!;
        if (t.type !== "link_open" || !isExternal(String(t.attrGet("href") ?? ""))) continue;
        t.attrJoin("class", "external");
        t.attrSet("rel", "external noreferrer");
        const close = children.findIndex((c: Token, j: number) => j > i && c.type === "link_close");
        const note = new state.Token("html_inline", "", 0);
        note.content = '<span class="visually-hidden"> (another website)</span>';
        children.splice(close, 0, note);
      }
    }
  });
}
