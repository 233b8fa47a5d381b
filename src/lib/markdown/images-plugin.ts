/**
 * Images in content must be the site's own: the Content-Security-Policy allows images
 * from this origin only (img-src 'self' data:, scripts/lib/headers-policy.ts), so an
 * image on another site would be published and then blocked, leaving a hole in the page.
 * One stops the build naming the file and line.
 */
import type { MarkdownIt, StateCore } from "markdown-it";
import { ContentError, lineOf, type MarkdownEnv } from "./content-error.ts";

/** True for an image source on another site: any scheme, or a scheme-relative "//host/…". */
export function isRemoteImage(src: string): boolean {
  // eslint-disable-next-line no-control-regex
  const clean = src.replace(/[\u0000-\u001f\u007f\s]/g, "");
  return /^[a-z][a-z0-9+.-]*:/i.test(clean) || /^[/\\]{2}/.test(clean);
}

/** What is wrong with an image on another site, and what to do. */
export const REMOTE_IMAGE = "an image from another site is blocked by the Content-Security-Policy (images from this site only); save it under public/ and give its path on this site, e.g. /images/name.png";

/** The markdown-it plugin. */
export function imagesPlugin(md: MarkdownIt): void {
  md.core.ruler.push("remote_images", (state: StateCore) => {
    const env = state.env as unknown as MarkdownEnv;
    for (const block of state.tokens) {
      for (const t of block.children ?? []) {
        if (t.type !== "image") continue;
        const src = String(t.attrGet("src") ?? "");
        if (!isRemoteImage(src)) continue;
        env.blockLine = block.map?.[0] ?? env.blockLine;
        throw new ContentError(env.file ?? "(unknown file)", lineOf(env, src), `![${t.content}](${src})`, REMOTE_IMAGE);
      }
    }
  });
}
