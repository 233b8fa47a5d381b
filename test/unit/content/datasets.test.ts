import { describe, expect, it } from "vitest";
import { datasetJsonLd, describeConstraints, publishedDatasets } from "../../../src/lib/site/datasets.ts";

describe("publishedDatasets()", () => {
  it("lists every resource of the data package with its download path and schema", () => {
    const list = publishedDatasets();
    expect(list.map((d) => d.href)).toEqual(["/data/sources.csv", "/data/looked-after.csv", "/data/looked-after-councils.csv", "/data/age-placement.csv", "/data/money.csv", "/data/homes-accounts.csv", "/data/homes-counts.csv", "/data/statistical-neighbours.csv", "/data/area-changes.csv"]);
    expect(list.every((d) => d.rows > 0 && d.fields.length > 0)).toBe(true);
  });
});

describe("datasetJsonLd(site, name)", () => {
  it("describes each dataset as a schema.org Dataset with an absolute CSV download", () => {
    const ld = datasetJsonLd(new URL("https://example.org/"), "Site") as { dataset: { "@type": string; distribution: { contentUrl: string; encodingFormat: string }[] }[] };
    expect(ld.dataset).toHaveLength(publishedDatasets().length);
    expect(ld.dataset[1]!["@type"]).toBe("Dataset");
    expect(ld.dataset[1]!.distribution[0]).toMatchObject({ encodingFormat: "text/csv", contentUrl: "https://example.org/data/looked-after.csv" });
  });
});

describe("describeConstraints(field)", () => {
  it("says the rules in words, or none", () => {
    expect(describeConstraints({ name: "x", type: "integer", constraints: { required: true, minimum: 0 } })).toBe("required; at least 0");
    expect(describeConstraints({ name: "x", type: "string" })).toBe("none");
  });
});
