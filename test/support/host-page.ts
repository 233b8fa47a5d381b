/**
 * A second origin for embed tests: a tiny server on another localhost port that serves
 * pages written by the test, as a news site's article would embed our charts.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostSite {
  url: string;
  /** Publish `html` at `path` on the host site, sent with `headers` (a Content-Security-Policy, say). */
  put(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Starts the host site on 127.0.0.1 on a free port. */
export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? "/", "http://x").pathname);
    res.writeHead(page === undefined ? 404 : 200, { ...page?.headers, "content-type": "text/html; charset=utf-8" });
    res.end(page?.html ?? "Not found");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    put: (path, html, headers = {}) => void pages.set(path, { html, headers }),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** An article page with `embed` pasted between two paragraphs. */
export function article(embed: string, extra = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title></head>
<body style="margin:0 auto;max-width:760px;padding:1rem">
<h1>An article about children's homes</h1>
<p>Some reporting before the chart.</p>
${embed}
<p>Some reporting after the chart.</p>
${extra}
</body></html>`;
}
