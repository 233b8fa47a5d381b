import { describe, expect, it } from "vitest";
import { areaNameInProse } from "../../../src/format/area-name.ts";

describe("an area's name in a sentence", () => {
  it("puts a listed name's trailing “City of” or “County of” first, so a possessive reads", () => {
    expect(areaNameInProse("Kingston upon Hull, City of")).toBe("City of Kingston upon Hull");
    expect(areaNameInProse("Bristol, City of")).toBe("City of Bristol");
    expect(areaNameInProse("Herefordshire, County of")).toBe("County of Herefordshire");
  });

  it("leaves every other name as published, commas and all", () => {
    expect(areaNameInProse("Bournemouth, Christchurch and Poole")).toBe("Bournemouth, Christchurch and Poole");
    expect(areaNameInProse("Worcestershire")).toBe("Worcestershire");
  });
});
