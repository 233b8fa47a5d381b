import { describe, expect, it } from "vitest";
import { optionsFromQuery, themeFromQuery } from "../../../src/embed/frame.ts";

describe("themeFromQuery(search)", () => {
  it("reads light and dark", () => {
    expect(themeFromQuery("?theme=light")).toBe("light");
    expect(themeFromQuery("?x=1&theme=dark")).toBe("dark");
  });

  it("follows the reader's preference for anything else", () => {
    for (const q of ["", "?theme=", "?theme=Dark", "?theme=blue", "?theme=dark%22%3E"]) expect(themeFromQuery(q)).toBeNull();
  });
});

describe("optionsFromQuery(search)", () => {
  it("reads plain=1 and static=1 (or true) with the theme, in any order", () => {
    expect(optionsFromQuery("?static=1&theme=dark&plain=true")).toEqual({ theme: "dark", plain: true, static: true, area: null });
    expect(optionsFromQuery("?plain=1")).toEqual({ theme: null, plain: true, static: false, area: null });
  });

  it("gives the full, interactive chart for no options and for values it does not know", () => {
    for (const q of ["", "?plain=0", "?plain=yes&static=", "?static=no", "?PLAIN=1", "?area="]) expect(optionsFromQuery(q)).toEqual({ theme: null, plain: false, static: false, area: null });
  });

  it("reads area= alongside static=1", () => {
    expect(optionsFromQuery("?static=1&area=E10000034")).toEqual({ theme: null, plain: false, static: true, area: "E10000034" });
  });
});
