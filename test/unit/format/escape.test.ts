import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/format/escape.ts";

describe("escapeHtml(s)", () => {
  it("escapes what a text node or a double-quoted attribute needs", () => {
    expect(escapeHtml(`a<b & "c">`)).toBe("a&lt;b &amp; &quot;c&quot;&gt;");
  });
  it("leaves an apostrophe as it is, so embed code reads as written", () => {
    expect(escapeHtml("England's")).toBe("England's");
  });
  it("escapes an ampersand once, so existing entities show as text", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
