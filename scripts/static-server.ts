/**
 * A static file server for dist/, used by `npm start` and by the browser tests, so the
 * tests see exactly what a reader's browser would be sent.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1:`port` (0 picks a free port). */
export async function serveStatic(dir: string, port = 0): Promise<RunningServer> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end("Not found");
    });
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
