import { describe, expect, it } from "vitest";
import { isContainerQueryFalseAlarm } from "../../../scripts/quality/nu-html.ts";

describe("vnu's container-query false alarms", () => {
  it("drops the messages vnu gives for container queries, which every engine supports", () => {
    expect(isContainerQueryFalseAlarm("CSS: Unrecognized at-rule “@container”", "}@container (widt")).toBe(true);
    expect(isContainerQueryFalseAlarm("CSS: “container-type”: Property “container-type” doesn't exist.", "")).toBe(true);
    expect(isContainerQueryFalseAlarm("CSS: “max-width”: Unknown dimension.", "max-width:100cqi;posit")).toBe(true);
  });

  it("keeps every other CSS error, including an unknown dimension that is not cqi", () => {
    expect(isContainerQueryFalseAlarm("CSS: “max-width”: Unknown dimension.", "max-width:100qqi;posit")).toBe(false);
    expect(isContainerQueryFalseAlarm("CSS: Unrecognized at-rule “@contaner”", "}@contaner (widt")).toBe(false);
    expect(isContainerQueryFalseAlarm("CSS: “colour”: Property “colour” doesn't exist.", "")).toBe(false);
    expect(isContainerQueryFalseAlarm("Attribute “font-variant” not allowed on element “g” at this point.", "")).toBe(false);
  });
});
