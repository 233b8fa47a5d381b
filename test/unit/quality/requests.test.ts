import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { foreignConnectionHints, foreignRequests } from "../../../scripts/quality/requests.ts";

describe("foreignRequests(urls, origin)", () => {
  it("keeps only requests to other origins, ignoring data:, blob: and about: URLs", () => {
    const origin = "http://127.0.0.1:4000";
    const urls = [`${origin}/`, `${origin}/a.css`, "data:image/png;base64,AA", "about:blank", "http://127.0.0.1:4001/x.js", "https://cdn.example.com/f.woff2"];
    expect(foreignRequests(urls, origin)).toEqual(["http://127.0.0.1:4001/x.js", "https://cdn.example.com/f.woff2"]);
  });
});

describe("foreignConnectionHints(document, pageUrl)", () => {
  it("reports preconnect and dns-prefetch to other origins, not to our own", () => {
    const { document } = parseHTML(
      '<html><head><link rel="preconnect" href="https://fonts.example.com"><link rel="dns-prefetch" href="//stats.example.net"><link rel="preconnect" href="/"><link rel="stylesheet" href="https://x.example/s.css"></head></html>',
    );
    expect(foreignConnectionHints(document as unknown as Document, "https://site.example/a/")).toEqual(["preconnect https://fonts.example.com", "dns-prefetch //stats.example.net"]);
  });
});
