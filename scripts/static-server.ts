/**
 * A static file server for dist/, used by `npm start` and by the browser tests, so the
 * tests see exactly what a reader's browser would be sent: the files, the headers in
 * dist/_headers and the redirects in dist/_redirects, as Netlify or Cloudflare Pages
 * would apply them.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";
import { headersFor, parseHeadersFile, parseRedirectsFile, type HeaderRule, type Redirect } from "./host-rules.ts";

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function readRules(dir: string): { headers: HeaderRule[]; redirects: Redirect[] } {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), "utf8") : "");
  return {
    headers: parseHeadersFile(read("_headers"), join(dir, "_headers")),
    redirects: parseRedirectsFile(read("_redirects"), join(dir, "_redirects")),
  };
}

/** Serve `dir` on 127.0.0.1:`port` (0 picks a free port). */
export async function serveStatic(dir: string, port = 0): Promise<RunningServer> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const rules = readRules(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const [name, value] of headersFor(rules.headers, path)) res.setHeader(name, value);
    // The hosts' own files are configuration, never content.
    if (path === "/_headers" || path === "/_redirects") return notFound(res);
    const redirect = rules.redirects.find((r) => r.from === path);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to });
      return res.end();
    }
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function notFound(res: import("node:http").ServerResponse): void {
  res.statusCode = 404;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.end("Not found");
}
