import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../../scripts/host-rules.ts";
import { writeHeaders } from "../../../scripts/postbuild/write-headers.ts";
import { styleHash } from "../../../scripts/postbuild/style-hashes.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site in a temporary folder: path → content. */
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "headers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the headers step", () => {
  it("writes _headers for the pages it finds, a section no list names included, with their stylesheets' hashes", async () => {
    const out = site({ "index.html": "<style>a{}</style>", "a-new-section/deep/index.html": "<style>b{}</style>", "embed/x/index.html": "", "oembed/x.json": "{}" });
    await writeHeaders.run({ outDir: out, root: out, config: loadSiteConfig(process.env) });
    const rules = parseHeadersFile(readFileSync(join(out, "_headers"), "utf8"));
    const csp = headersFor(rules, "/a-new-section/deep/").get("content-security-policy")!;
    expect(csp).toContain(`style-src 'self' ${[styleHash("a{}"), styleHash("b{}")].sort().join(" ")};`);
    expect(csp).toMatch(/frame-ancestors 'self'$/);
    expect(headersFor(rules, "/embed/x/").get("content-security-policy")).toMatch(/frame-ancestors \* file:$/);
    expect(headersFor(rules, "/oembed/x.json").get("access-control-allow-origin")).toBe("*");
  });

  it("stops the build on a style attribute, which no hash can allow", async () => {
    const out = site({ "why/index.html": '<p style="color:red">x</p>' });
    await expect(writeHeaders.run({ outDir: out, root: out, config: loadSiteConfig(process.env) })).rejects.toThrow('why/index.html: <p style="color:red"> has a style attribute');
  });
});
