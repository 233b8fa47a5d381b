/**
 * This site's reorganised councils: which they are, North Yorkshire's and Somerset's two codes
 * kept as one each, and Dorset in the similar-councils chart. The rules any site's
 * area-changes.csv keeps are checked in test/unit/data/area-changes.test.ts.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { areaChanges, councilLookedAfter } from "../../../src/lib/data/index.ts";
import { chartView } from "../../../src/charts/index.ts";

const rates = (code: string) => councilLookedAfter(site).filter((v) => v.areaCode === code && v.unit === "rate_per_10000");
const valuedYears = (code: string) => rates(code).filter((v) => typeof v.value === "number").map((v) => v.year).sort();

describe("areaChanges(config) and the all-councils data", () => {
  const breaks = areaChanges(site).filter((c) => c.treatment === "break");

  it("lists the reorganisations of 2018–2025: Dorset and BCP, Northamptonshire, Cumbria", () => {
    expect(breaks.map((c) => c.areaCode).sort()).toEqual(["E06000028", "E06000029", "E06000058", "E06000059", "E06000061", "E06000062", "E06000063", "E06000064", "E10000006", "E10000009", "E10000021"]);
  });

  it("keeps Somerset as one series under E10000027, with no rows under E06000066 (both DfE number 933)", () => {
    expect(valuedYears("E10000027")).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(rates("E06000066")).toEqual([]);
    expect(areaChanges(site).find((c) => c.areaCode === "E06000066")).toMatchObject({ treatment: "same-area", projectCode: "E10000027", dfeLaNumber: 933 });
  });

  it("keeps North Yorkshire as one series under E10000023, with no rows under E06000065", () => {
    expect(valuedYears("E10000023")).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(rates("E06000065")).toEqual([]);
    const recoded = areaChanges(site).find((c) => c.areaCode === "E06000065")!;
    expect(recoded).toMatchObject({ treatment: "same-area", projectCode: "E10000023", dfeLaNumber: 815 });
  });
});

describe("the similar-councils chart across a reorganisation", () => {
  const view = chartView("similar-councils", site);

  it("draws no Dorset (E06000059) mark before 2020 and starts its line there, with a note saying why", () => {
    const dots = [...view.svg.wide.matchAll(/<circle[^>]*data-area="E06000059"[^>]*data-tip="([^"]+)"/g)].map((m) => m[1]);
    expect(dots).toHaveLength(6);
    expect(dots[0]).toMatch(/^Dorset, 2020: /);
    expect(view.notes.join(" ")).toMatch(/reorganised have a break, not a joined line/);
    expect(view.notes.join(" ")).toContain("Dorset and Bournemouth, Christchurch and Poole from 2020");
  });

  it("says in the table why Dorset has no 2018 value, instead of a number", () => {
    const dorset = view.table.rows.find((r) => r[0] === "Dorset")!;
    expect(dorset.slice(1, 3)).toEqual(["not applicable (code “z”)", "not applicable (code “z”)"]);
  });
});
