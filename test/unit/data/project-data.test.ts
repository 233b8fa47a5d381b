import { describe, expect, it } from "vitest";
import { lookedAfter, source, sources } from "../../../src/lib/data/index.ts";
import { site } from "../../support/site.ts";


describe("the project's data package", () => {
  it("validates, and every value names a known release", () => {
    const ids = new Set(sources(site).map((s) => s.id));
    for (const v of lookedAfter(site)) expect(ids.has(v.sourceId), `${v.areaName} ${v.year}`).toBe(true);
  });

  it("records every revision against an earlier release than the value it revises", () => {
    const revised = lookedAfter(site).filter((v) => v.revisedFromSource !== null);
    expect(revised.length).toBeGreaterThan(0);
    for (const v of revised) {
      const later = source(v.sourceId, site).reportingYear;
      const earlier = source(v.revisedFromSource!, site).reportingYear;
      expect(earlier, `${v.areaName} ${v.year} ${v.measure} ${v.unit}`).not.toBeNull();
      expect(earlier!, `${v.areaName} ${v.year} ${v.measure} ${v.unit}`).toBeLessThan(later!);
    }
  });
});
