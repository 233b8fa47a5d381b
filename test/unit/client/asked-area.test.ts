import { describe, expect, it } from "vitest";
import { askedArea } from "../../../src/client/area-picker.ts";

describe("askedArea(search)", () => {
  it("reads ?area= as codes are written, whatever case the link was typed in", () => {
    expect(askedArea("?area=E10000016")).toBe("E10000016");
    expect(askedArea("?area=e10000016")).toBe("E10000016");
    expect(askedArea("?static=1&area=%20e10000016%20")).toBe("E10000016");
  });

  it("is null when the address asks for none", () => {
    expect(askedArea("")).toBeNull();
    expect(askedArea("?area=")).toBeNull();
    expect(askedArea("?plain=1")).toBeNull();
  });
});
