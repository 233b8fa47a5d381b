import { describe, expect, it } from "vitest";
import { themeFromQuery } from "../../../src/embed/frame.ts";

describe("themeFromQuery(search)", () => {
  it("reads light and dark", () => {
    expect(themeFromQuery("?theme=light")).toBe("light");
    expect(themeFromQuery("?x=1&theme=dark")).toBe("dark");
  });

  it("follows the reader's preference for anything else", () => {
    for (const q of ["", "?theme=", "?theme=Dark", "?theme=blue", "?theme=dark%22%3E"]) expect(themeFromQuery(q)).toBeNull();
  });
});
