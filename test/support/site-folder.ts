/**
 * A throwaway site folder holding only a content/site.yaml, and its configuration as
 * loadSiteConfig reads it, for the configuration tests (test/unit/architecture/config.test.ts,
 * test/story/unit/config.test.ts).
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadSiteConfig } from "../../src/config/config.ts";

/** A site folder holding only content/site.yaml with this text. */
export function site(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "site-config-"));
  mkdirSync(join(dir, "content"));
  writeFileSync(join(dir, "content", "site.yaml"), text);
  // The story pages site.yaml's nav names.
  mkdirSync(join(dir, "content", "pages"));
  for (const name of ["why", "what-happened-next"]) writeFileSync(join(dir, "content", "pages", `${name}.md`), "");
  return dir;
}
export const load = (text: string, env: Record<string, string> = {}) => loadSiteConfig({ SITE_DIR: site(text), ...env }, () => new Date("2026-01-02T10:00:00Z"), "/");
