import { describe, expect, it } from "vitest";
import { placeText } from "../../../src/lib/compare/council-pages.ts";

describe("placeText(rank)", () => {
  it("names the first place highest, alone or shared", () => {
    expect(placeText({ rank: 1, of: 151, tiedWith: 0 })).toBe("highest");
    expect(placeText({ rank: 1, of: 151, tiedWith: 2 })).toBe("joint highest");
  });

  it("gives a place between by its ordinal", () => {
    expect(placeText({ rank: 44, of: 151, tiedWith: 0 })).toBe("44th highest");
    expect(placeText({ rank: 119, of: 151, tiedWith: 2 })).toBe("joint 119th highest");
  });

  it("names the last place lowest, never \"151st highest of 151\"", () => {
    expect(placeText({ rank: 151, of: 151, tiedWith: 0 })).toBe("lowest");
    expect(placeText({ rank: 150, of: 151, tiedWith: 1 })).toBe("joint lowest");
    expect(placeText({ rank: 150, of: 151, tiedWith: 0 })).toBe("150th highest");
  });
});
