import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findLocalAddresses, localAddressProblems } from "../../../scripts/postbuild/local-addresses.ts";
import { resolvePublicUrl } from "../../../src/config/public-url.ts";

describe("findLocalAddresses(text)", () => {
  it("finds localhost, loopback IPs and 0.0.0.0, with their lines", () => {
    const text = ["<a href=\"https://example.org/\">ok</a>", "http://localhost:4321/charts/x/", "see http://127.0.0.1:8080 and http://0.0.0.0/ and http://[::1]:3000/", "LOCALHOST"].join("\n");
    expect(findLocalAddresses(text)).toEqual([
      { line: 2, match: "localhost" },
      { line: 3, match: "127.0.0.1" },
      { line: 3, match: "0.0.0.0" },
      { line: 3, match: "[::1]" },
      { line: 4, match: "LOCALHOST" },
    ]);
  });

  it("leaves public addresses and look-alikes alone", () => {
    expect(findLocalAddresses("https://example.org/ https://mylocalhostname.example/ 1270.0.0.1 version 10.127.0.0")).toEqual([]);
  });
});

describe("localAddressProblems(dir, site)", () => {
  const dir = mkdtempSync(join(tmpdir(), "local-addresses-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names each text file and line that still points at this computer; binary files are not read", async () => {
    mkdirSync(join(dir, "charts"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<p>fine</p>\n<link rel=\"canonical\" href=\"https://example.org/\">\n");
    writeFileSync(join(dir, "timeline.ics"), "BEGIN:VCALENDAR\nURL:http://localhost:4321/timeline/\n");
    writeFileSync(join(dir, "charts", "x.svg"), "<svg><text>http://localhost:4321/charts/x/</text></svg>");
    writeFileSync(join(dir, "_redirects"), "/old http://127.0.0.1/new 301\n");
    writeFileSync(join(dir, "charts", "x.png"), "localhost in a binary file is not text the reader sees");
    const site = resolvePublicUrl({ URL: "https://example.org" });
    const problems = (await localAddressProblems(dir, site)).sort();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^_redirects:1: "127\.0\.0\.1" names a local address, but this build is for https:\/\/example\.org\/ \(from URL\)/);
    expect(problems[1]).toMatch(/^charts\/x\.svg:1: "localhost"/);
    expect(problems[2]).toMatch(/^timeline\.ics:2: "localhost"/);
  });
});
