/** This site's data package: its series, revisions, gaps and neighbours (the package's rules: test/unit/data/project-data.test.ts). */
import { describe, expect, it } from "vitest";
import { series, statisticalNeighbours, Missing } from "../../../src/lib/data/index.ts";
import { theArea, areasWithRole } from "../../../src/config/config.ts";
import { site } from "../../support/site.ts";


describe("the project's data package", () => {
  it("series(area, measure, unit, config, from, to) returns one value per year, in order", () => {
    const wcs = series(site.council.area, "looked_after_31_march", "number", site, 2010, 2025);
    expect(wcs.map((v) => v.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2010 + i));
    expect(wcs.find((v) => v.year === 2018)?.value).toBe(796);
  });

  it("keeps the later release where releases disagree, and records the revision", () => {
    const v = series(site.council.area, "looked_after_31_march", "number", site, 2022, 2022)[0]!;
    expect(v).toMatchObject({ value: 891, sourceId: "dfe-cla-2025", revisedFrom: 890, revisedFromSource: "dfe-cla-2022" });
  });

  it("holds an unpublished value as Missing, not zero", () => {
    const v = series(theArea("nation", site).code, "looked_after_31_march", "rate_per_10000", site, 2017, 2017)[0]!;
    expect(v.value).toBeInstanceOf(Missing);
  });

  it("statisticalNeighbours(council, config) lists Worcestershire's ten, Essex among them", () => {
    const n = statisticalNeighbours(site.council.area, site);
    expect(n).toHaveLength(10);
    expect(n.find((x) => x.areaName === "Essex")?.areaCode).toBe(areasWithRole("comparator", site)[0]!.code);
  });
});
