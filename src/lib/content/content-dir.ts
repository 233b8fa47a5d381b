/**
 * Where the site's content lives, as a path relative to the working directory ("content",
 * or "examples/<site>/content"), from the site configuration: file names in error
 * messages read as a person would type them.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { SiteConfig } from "../../config/config.ts";

export function contentDir(config: SiteConfig): string {
  return relative(process.cwd(), config.paths.content) || ".";
}

/**
 * Whether the site has the content page `name` (content/pages/<name>.md). A page of a
 * feature a site may lack (/proposal/, /meetings/, /questions/, /claims/) is built only
 * where its page is in the site's content.
 */
export function hasPage(name: string, config: SiteConfig): boolean {
  return existsSync(join(config.paths.content, "pages", `${name}.md`));
}
