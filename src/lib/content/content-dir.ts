/**
 * Where the content lives, relative to the repository root: content/, or CONTENT_DIR so
 * that tests can build a copy with a planted fault without touching the real files.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CONTENT_DIR ?? "content").replace(/\/+$/, "");
}
