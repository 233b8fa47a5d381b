/**
 * A static file server for dist/, used by `npm start` and by the browser tests, so the
 * tests see exactly what a reader's browser would be sent: the files, the headers in
 * dist/_headers and the redirects in dist/_redirects, as Netlify or Cloudflare Pages
 * would apply them, and dist/404.html with status 404 for any path that is not a file.
 *
 * Any request, however malformed, gets an answer and leaves the server running: the URL
 * is parsed and decoded once, here, and anything that is not a plain path inside the
 * folder is refused. Files are sent by `send` (the file sender Express uses), which
 * answers ranges, conditional requests and HEAD as HTTP says.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import send from "send";
import mime from "mime-types";
import { headersFor, parseHeadersFile, parseRedirectsFile, type HeaderRule, type Redirect } from "./host-rules.ts";

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The methods a static site answers; any other gets 405 with this list in `Allow`. */
const METHODS = ["GET", "HEAD"];

/**
 * Files the hosts read as configuration and never serve (Netlify, Cloudflare Pages and
 * Workers), matched by name in any folder.
 */
export const HOST_CONFIG_FILES: ReadonlySet<string> = new Set(["_headers", "_redirects", "_routes.json", "_worker.js", "netlify.toml", "wrangler.toml", "wrangler.json", "wrangler.jsonc"]);

function readRules(dir: string): { headers: HeaderRule[]; redirects: Redirect[] } {
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), "utf8") : "");
  return {
    headers: parseHeadersFile(read("_headers"), join(dir, "_headers")),
    redirects: parseRedirectsFile(read("_redirects"), join(dir, "_redirects")),
  };
}

/**
 * The request's path as a host sees it (the URL's pathname, still percent-encoded, with
 * "." and ".." segments resolved and "\" read as "/", as the WHATWG URL parser does), and
 * its decoded segments; null when it is not a path a file could have. Empty segments
 * ("//") are dropped, so "//" is the home page.
 */
export function requestPath(rawUrl: string): { pathname: string; segments: string[] } | null {
  if (!rawUrl.startsWith("/")) return null; // "*" (OPTIONS) or an absolute URL: not a file path.
  let pathname: string;
  try {
    // Prefixing the origin keeps "//x" a path, where new URL(raw, base) would read "x" as a host.
    pathname = new URL(`http://localhost${rawUrl}`).pathname;
  } catch {
    return null;
  }
  const segments: string[] = [];
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // Malformed percent-encoding ("%E0%A4%A", "%zz").
    }
    // Encoded separators and dots ("%2f", "%5c", "%2e%2e") would name another folder; NUL and
    // other control characters name no file; a leading dot is a hidden file.
    if (/[/\\\u0000-\u001f\u007f]/.test(segment) || segment.startsWith(".")) return null;
    segments.push(segment);
  }
  return { pathname, segments };
}

/** The file under `root` that `segments` name: the file itself, its .html, or its folder's index.html. */
function resolveFile(root: string, segments: readonly string[], trailingSlash: boolean): string | null {
  if (segments.some((s) => HOST_CONFIG_FILES.has(s))) return null;
  const base = resolve(root, ...segments);
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates = trailingSlash || segments.length === 0 ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  for (const file of candidates) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not there: try the next.
    }
  }
  return null;
}

/** The Content-Type of `file`, with a charset for every text format (the site writes UTF-8 only). */
export function contentType(file: string): string {
  const type = mime.lookup(extname(file)) || "application/octet-stream";
  const text = /^text\//.test(type) || /[/+](xml|json|javascript)$/.test(type) || type === "application/manifest+json";
  return text ? `${type}; charset=utf-8` : type;
}

/** Serve `dir` on 127.0.0.1:`port` (0 picks a free port). */
export async function serveStatic(dir: string, port = 0): Promise<RunningServer> {
  const root = resolve(dir);
  const rules = readRules(root);
  const notFoundPage = join(root, "404.html");

  function notFound(req: IncomingMessage, res: ServerResponse, status = 404): void {
    res.statusCode = status;
    res.setHeader("Cache-Control", "no-store");
    // Like the hosts: the site's own 404 page, with the headers its rules give the requested path.
    const page = status === 404 && existsSync(notFoundPage) ? readFileSync(notFoundPage) : null;
    const body = page ?? Buffer.from(status === 404 ? "Not found\n" : "Bad request\n");
    res.setHeader("Content-Type", page ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (!METHODS.includes(req.method ?? "")) {
      res.writeHead(405, { Allow: METHODS.join(", "), "Content-Type": "text/plain; charset=utf-8" });
      return void res.end("Method not allowed\n");
    }
    const path = requestPath(req.url ?? "");
    if (!path) return notFound(req, res, 400);
    // The hosts match rules against the encoded pathname, so "/%61bout/" gets only the "/*" rules.
    for (const [name, value] of headersFor(rules.headers, path.pathname)) res.setHeader(name, value);
    const redirect = rules.redirects.find((r) => r.from === path.pathname);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to });
      return void res.end();
    }
    const trailingSlash = path.pathname.endsWith("/");
    const file = resolveFile(root, path.segments, trailingSlash);
    if (!file) return notFound(req, res);
    if (!trailingSlash && path.segments.length > 0 && file.endsWith(`${sep}index.html`) && file === join(root, ...path.segments, "index.html")) {
      // A folder asked for without its slash: the hosts redirect to the address with it (308 on
      // Cloudflare Pages), so relative links and the per-page header rules see one URL.
      const query = (req.url ?? "").slice((req.url ?? "").split(/[?#]/)[0]!.length).split("#")[0]!;
      // One leading slash: "//about" must not send the browser to a host named "about".
      res.writeHead(308, { location: `${path.pathname.replace(/^\/+/, "/")}/${query}` });
      return void res.end();
    }
    const relative = file.slice(root.length + 1).split(sep).map(encodeURIComponent).join("/");
    send(req, relative, { root, dotfiles: "deny", index: false, etag: true, lastModified: true })
      .on("headers", (r: ServerResponse) => r.setHeader("Content-Type", contentType(file)))
      .on("error", (err: { status?: number; headers?: Record<string, string> }) => {
        if (res.headersSent) return void res.destroy();
        if (err.status === 404) return notFound(req, res);
        // 416 for a range past the end (with the file's length in Content-Range), 412 for a failed precondition.
        res.writeHead(err.status ?? 500, { ...err.headers, "Content-Type": "text/plain; charset=utf-8" });
        res.end();
      })
      .pipe(res);
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      // A bug here answers 500 for one request; it never stops the server.
      console.error(`static-server: ${req.method} ${req.url}:`, err);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
