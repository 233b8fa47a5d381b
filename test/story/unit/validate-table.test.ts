/** This site's all-councils data declares its unique key (the validator: test/unit/data/validate-table.test.ts). */
import { describe, expect, it } from "vitest";
import type { Resource } from "../../../src/format/table-schema.ts";

describe("the project's all-councils data package", () => {
  it("declares DfE's number, year, measure and unit a unique key of looked-after-councils", async () => {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../../data/datapackage.json", import.meta.url), "utf8")) as { resources: Resource[] };
    const councils = pkg.resources.find((r) => r.name === "looked-after-councils")!;
    expect(councils.schema.uniqueKeys).toEqual([["dfe_la_number", "year", "measure", "unit"]]);
  });
});
