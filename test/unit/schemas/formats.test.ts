import { describe, expect, it } from "vitest";
import { areaCodeSchema, isAreaCode, isoDayOrMonthSchema, isoDaySchema } from "../../../src/schemas/formats.ts";
import { CHART_CSV_FIELDS } from "../../../src/charts/outputs/csv-schema.ts";

describe("the shared formats", () => {
  it("takes a real day, and a YAML date as its day, and refuses one the calendar has not", () => {
    expect(isoDaySchema.parse("2018-10-18")).toBe("2018-10-18");
    expect(isoDaySchema.parse(new Date("2018-10-18T00:00:00Z"))).toBe("2018-10-18");
    for (const bad of ["2018-02-31", "2018-13-01", "18-10-2018", "2018-10", ""]) expect(isoDaySchema.safeParse(bad).success, bad).toBe(false);
  });

  it("takes a day or a month where a record is dated only as precisely as it gives", () => {
    expect(isoDayOrMonthSchema.parse("2018-10")).toBe("2018-10");
    expect(isoDayOrMonthSchema.parse("2018-10-18")).toBe("2018-10-18");
    for (const bad of ["2018-13", "2018-02-30", "2018"]) expect(isoDayOrMonthSchema.safeParse(bad).success, bad).toBe(false);
  });

  it("takes an area code of any nation, in the schemas and the CSV schema alike", () => {
    for (const code of ["E10000034", "W06000015", "S12000033", "N09000003"]) expect(isAreaCode(code), code).toBe(true);
    for (const bad of ["E1000003", "e10000034", "E10000034 ", "Worcs"]) expect(areaCodeSchema.safeParse(bad).success, bad).toBe(false);
    const pattern = new RegExp(`^${CHART_CSV_FIELDS.area_code!.constraints!.pattern}$`);
    expect(pattern.test("W06000015")).toBe(true);
    expect(pattern.test("Worcs")).toBe(false);
  });
});
