/**
 * The local server (npm start, npm run serve, the static and browser tests) attacked with
 * raw HTTP requests: each gets an answer, and the server still answers afterwards.
 * Requests are written byte for byte over node:net, so nothing normalises them first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentType, requestPath, serveStatic, type RunningServer } from "../../../scripts/static-server.ts";

interface RawResponse {
  status: number;
  headers: Map<string, string[]>;
  body: Buffer;
}

/** Sends `request` as written and reads the whole answer (the server closes after it: Connection: close). */
function raw(port: number, request: string): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", fail);
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf("\r\n\r\n");
      if (split < 0) return fail(new Error(`no HTTP answer to ${JSON.stringify(request)}: ${all.toString()}`));
      const [statusLine, ...lines] = all.subarray(0, split).toString("latin1").split("\r\n");
      const headers = new Map<string, string[]>();
      for (const line of lines) {
        const i = line.indexOf(":");
        const name = line.slice(0, i).trim().toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), line.slice(i + 1).trim()]);
      }
      let body: Buffer = all.subarray(split + 4);
      if (headers.get("transfer-encoding")?.[0] === "chunked") body = unchunk(body);
      ok({ status: Number(statusLine!.split(" ")[1]), headers, body });
    });
    socket.write(request);
  });
}

function unchunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = b.indexOf("\r\n", at);
    const size = parseInt(b.subarray(at, eol).toString(), 16);
    if (!size) return Buffer.concat(out);
    out.push(b.subarray(eol + 2, eol + 2 + size));
    at = eol + 4 + size;
  }
}

const get = (port: number, target: string, extra = "", method = "GET") =>
  raw(port, `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`);

const TEXT = "0123456789abcdefghij"; // 20 bytes
let dir: string;
let outside: string;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), "static-server-"));
  dir = join(base, "dist");
  outside = base;
  mkdirSync(join(dir, "about"), { recursive: true });
  mkdirSync(join(dir, "embed", "money"), { recursive: true });
  writeFileSync(join(outside, "secret.txt"), "SECRET outside the site\n");
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>home</title>HOME");
  writeFileSync(join(dir, "about", "index.html"), "<!doctype html><title>about</title>ABOUT");
  writeFileSync(join(dir, "embed", "money", "index.html"), "EMBED");
  writeFileSync(join(dir, "404.html"), "<!doctype html><title>Not found</title>NOT FOUND PAGE");
  writeFileSync(join(dir, "text.txt"), TEXT);
  for (const [name, body] of [["a.css", "a{}"], ["a.js", "1"], ["a.svg", "<svg/>"], ["a.csv", "a,b"], ["a.ics", "BEGIN"], ["a.xml", "<a/>"], ["a.json", "{}"], ["a.png", "x"]]) {
    writeFileSync(join(dir, name!), body!);
  }
  writeFileSync(join(dir, ".hidden"), "hidden");
  writeFileSync(join(dir, "_redirects"), "/old/ /about/ 301\n");
  writeFileSync(
    join(dir, "_headers"),
    ["/*", "  X-Every: yes", "  Content-Security-Policy: frame-ancestors 'none'", "/about/*", "  ! Content-Security-Policy", "  Content-Security-Policy: frame-ancestors 'self'", ""].join("\n"),
  );
  // A host config file further down must not be served either.
  writeFileSync(join(dir, "about", "_headers"), "/x\n  A: b\n");
  server = await serveStatic(dir);
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server.close();
  rmSync(outside, { recursive: true, force: true });
});

/** After every attack the server must still serve the home page. */
async function stillUp() {
  const r = await get(port, "/");
  expect(r.status).toBe(200);
  expect(r.body.toString()).toContain("HOME");
}

describe("requests that used to stop the server", () => {
  it.each([
    ["//", 200],
    ["///", 200],
    ["//about/", 200],
    ["//evil.example/", 404],
    ["/%", 400],
    ["/%zz", 400],
    ["/%E0%A4%A", 400],
    ["/about/%c0%af", 400],
    ["*", 400],
    ["http://evil.example/", 400],
  ])("GET %s answers %i and the server stays up", async (target, status) => {
    const r = await get(port, target);
    expect(r.status).toBe(status);
    await stillUp();
  });

  it("a request line the HTTP parser refuses gets 400, not a crash", async () => {
    const r = await raw(port, "GET /\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    expect(r.status).toBe(400);
    await stillUp();
  });
});

describe("ranges", () => {
  const range = (spec: string) => get(port, "/text.txt", `Range: ${spec}\r\n`);

  it("bytes=-5 is the last five bytes", async () => {
    const r = await range("bytes=-5");
    expect(r.status).toBe(206);
    expect(r.body.toString()).toBe("fghij");
    expect(r.headers.get("content-range")).toEqual(["bytes 15-19/20"]);
  });

  it("bytes=5- is from the sixth byte to the end; bytes=2-4 three bytes", async () => {
    expect((await range("bytes=5-")).body.toString()).toBe(TEXT.slice(5));
    expect((await range("bytes=2-4")).body.toString()).toBe("234");
  });

  it("several ranges get the whole file (a server may ignore a Range it does not serve), never a wrong slice", async () => {
    const r = await range("bytes=0-1,5-6");
    expect([200, 206]).toContain(r.status);
    if (r.status === 200) expect(r.body.toString()).toBe(TEXT);
    else expect(r.headers.get("content-type")?.[0]).toMatch(/^multipart\/byteranges/);
  });

  it.each(["bytes=5-2", "bytes=99-", "bytes=20-30"])("%s cannot be satisfied: 416 with the length", async (spec) => {
    const r = await range(spec);
    expect(r.status).toBe(416);
    expect(r.headers.get("content-range")).toEqual(["bytes */20"]);
    await stillUp();
  });

  it.each(["bytes=abc", "bytes=--1", "bytes=1-2-3", "items=0-1", "bytes=", "bytes=-", "bytes=0-1,", "bytes=-0", `bytes=${"9".repeat(400)}-`])(
    "malformed %s is answered (200 whole or 416) and the server stays up",
    async (spec) => {
      const r = await range(spec);
      expect([200, 416]).toContain(r.status);
      if (r.status === 200) expect(r.body.toString()).toBe(TEXT);
      await stillUp();
    },
  );
});

describe("methods", () => {
  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"])("%s gets 405 with Allow: GET, HEAD", async (method) => {
    const r = await get(port, "/", method === "POST" || method === "PUT" ? "Content-Length: 3\r\n\r\nabc" : "", method);
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toEqual(["GET, HEAD"]);
    await stillUp();
  });

  it("a method node's HTTP parser does not know gets 400 from it, and the server stays up", async () => {
    expect((await get(port, "/", "", "BREW")).status).toBe(400);
    await stillUp();
  });

  it("HEAD answers the headers of GET and no body", async () => {
    const r = await get(port, "/text.txt", "", "HEAD");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-length")).toEqual(["20"]);
    expect(r.body.length).toBe(0);
  });
});

describe("paths outside the site, hidden files and host configuration are never served", () => {
  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/about/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/about/..\\..\\secret.txt",
    "/%252e%252e/secret.txt",
    "/text.txt%00",
    "/text.txt%00.html",
    "/.hidden",
    "/%2ehidden",
    "/_headers",
    "/_headers/",
    "/%5Fheaders",
    "/_redirects",
    "/about/_headers",
    "/_HEADERS",
  ])("%s", async (target) => {
    const r = await get(port, target);
    expect(r.status === 400 || r.status === 404, `${target}: ${r.status}`).toBe(true);
    const body = r.body.toString();
    expect(body).not.toContain("SECRET");
    expect(body).not.toContain("hidden");
    expect(body).not.toMatch(/X-Every|A: b/);
    await stillUp();
  });
});

describe("what the hosts do", () => {
  it("an unknown path gets the site's 404 page, status 404, with the headers its rules give", async () => {
    const r = await get(port, "/no-such-page/");
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain("NOT FOUND PAGE");
    expect(r.headers.get("content-type")).toEqual(["text/html; charset=utf-8"]);
    expect(r.headers.get("content-security-policy")).toEqual(["frame-ancestors 'none'"]);
  });

  it("a detaching rule (! Name) replaces the header an earlier rule set, as Cloudflare Pages does", async () => {
    const r = await get(port, "/about/");
    expect(r.body.toString()).toContain("ABOUT");
    expect(r.headers.get("content-security-policy")).toEqual(["frame-ancestors 'self'"]);
    expect(r.headers.get("x-every")).toEqual(["yes"]);
  });

  it("rules match the encoded path, as on the hosts: /%61bout/ is the about page under the /* rules only", async () => {
    const r = await get(port, "/%61bout/");
    expect(r.body.toString()).toContain("ABOUT");
    expect(r.headers.get("content-security-policy")).toEqual(["frame-ancestors 'none'"]);
  });

  it("redirects apply", async () => {
    const r = await get(port, "/old/");
    expect(r.status).toBe(301);
    expect(r.headers.get("location")).toEqual(["/about/"]);
  });

  it("a folder asked for without its slash is redirected to it, query kept, as Cloudflare Pages does", async () => {
    const r = await get(port, "/about?x=1");
    expect(r.status).toBe(308);
    expect(r.headers.get("location")).toEqual(["/about/?x=1"]);
    expect((await get(port, "/%61bout")).headers.get("location")).toEqual(["/%61bout/"]);
  });

  it("never redirects to another host: a doubled slash or a backslash before a folder's name stays a path on this site", async () => {
    for (const target of ["//about", "/\\about", "///about?x=1", "/%5cabout"]) {
      const location = (await get(port, target)).headers.get("location")?.[0];
      if (location === undefined) continue;
      expect(location, target).toMatch(/^\/[^/\\]/);
      expect(new URL(location, "http://localhost/").host, target).toBe("localhost");
    }
  });

  it("dot segments are resolved once, as a browser would", async () => {
    expect((await get(port, "/embed/../about/")).body.toString()).toContain("ABOUT");
    expect((await get(port, "/embed/%2e%2e/about/")).body.toString()).toContain("ABOUT");
  });
});

describe("content types", () => {
  it.each([
    ["a.css", "text/css; charset=utf-8"],
    ["a.js", "text/javascript; charset=utf-8"],
    ["a.svg", "image/svg+xml; charset=utf-8"],
    ["a.csv", "text/csv; charset=utf-8"],
    ["a.ics", "text/calendar; charset=utf-8"],
    ["a.xml", "application/xml; charset=utf-8"],
    ["a.json", "application/json; charset=utf-8"],
    ["text.txt", "text/plain; charset=utf-8"],
    ["index.html", "text/html; charset=utf-8"],
    ["a.png", "image/png"],
  ])("%s is sent as %s", async (file, type) => {
    expect(contentType(file)).toBe(type);
    const r = await get(port, `/${file}`);
    expect(r.headers.get("content-type")).toEqual([type]);
  });
});

describe("requestPath", () => {
  it("decodes once: %2525 stays %25, not %", () => {
    expect(requestPath("/%2525")?.segments).toEqual(["%25"]);
  });
  it("drops the query and fragment", () => {
    expect(requestPath("/about/?a=%zz#x")?.pathname).toBe("/about/");
  });
});
