/**
 * Where the site's content lives, as a path relative to the working directory ("content",
 * or "examples/<site>/content"), from the site configuration: file names in error
 * messages read as a person would type them.
 */
import { relative } from "node:path";
import { siteConfig } from "../site/config.ts";

export function contentDir(): string {
  return relative(process.cwd(), siteConfig().paths.content) || ".";
}
