import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile, parseRedirectsFile } from "../../../scripts/host-rules.ts";

describe("parseHeadersFile(text) and headersFor(rules, path)", () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff

/embed/*
  Content-Security-Policy: frame-ancestors *
/charts/:id/
  X-Chart: yes
/*
  Cache-Control: no-cache
`);

  it("applies every matching rule, in file order", () => {
    expect(Object.fromEntries(headersFor(rules, "/embed/a/"))).toEqual({
      "x-content-type-options": "nosniff",
      "content-security-policy": "frame-ancestors *",
      "cache-control": "no-cache",
    });
  });

  it("matches a placeholder to one path segment only", () => {
    expect(headersFor(rules, "/charts/a/").get("x-chart")).toBe("yes");
    expect(headersFor(rules, "/charts/a/b/").get("x-chart")).toBeUndefined();
  });

  it("joins a header set by two matching rules with a comma, as Cloudflare Pages does", () => {
    const twice = parseHeadersFile("/*\n  X-A: 1\n/a\n  X-A: 2\n");
    expect(headersFor(twice, "/a").get("x-a")).toBe("1, 2");
  });

  it("treats dots and other characters in paths literally", () => {
    const r = parseHeadersFile("/embed.js\n  X-B: 1\n");
    expect(headersFor(r, "/embed.js").get("x-b")).toBe("1");
    expect(headersFor(r, "/embedxjs").get("x-b")).toBeUndefined();
  });

  it("names the file and line of a header it cannot read", () => {
    expect(() => parseHeadersFile("/*\n  no colon here\n", "dist/_headers")).toThrow('dist/_headers:2: header: expected "Name: value"');
    expect(() => parseHeadersFile("  X-A: 1\n", "h")).toThrow("h:1: header: comes before any path");
    expect(() => parseHeadersFile("embed/*\n", "h")).toThrow('h:1: path: "embed/*" must start with /');
  });
});

describe("parseRedirectsFile(text)", () => {
  it("reads from, to and status, defaulting to 301", () => {
    expect(parseRedirectsFile("# c\n/a/ /b/ 301\n/c /d\n")).toEqual([
      { from: "/a/", to: "/b/", status: 301 },
      { from: "/c", to: "/d", status: 301 },
    ]);
  });

  it("names the line it cannot read", () => {
    expect(() => parseRedirectsFile("/a/ /b/ 200\n", "_redirects")).toThrow("_redirects:1: redirect");
  });
});
