/** This site's published datasets and the licences they state (test/unit/content/datasets.test.ts has the rest). */
import { site as testSite } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { OGL, datasetJsonLd, datasetLicence, publishedDatasets } from "../../../src/lib/site/datasets.ts";
import { sources } from "../../../src/lib/data/index.ts";

describe("publishedDatasets(config)", () => {
  it("lists every resource of the data package with its download path and schema", () => {
    const list = publishedDatasets(testSite);
    expect(list.map((d) => d.href)).toEqual(["/data/sources.csv", "/data/looked-after.csv", "/data/looked-after-councils.csv", "/data/age-placement.csv", "/data/money.csv", "/data/homes-accounts.csv", "/data/homes-counts.csv", "/data/statistical-neighbours.csv", "/data/area-changes.csv"]);
    expect(list.every((d) => d.rows > 0 && d.fields.length > 0)).toBe(true);
  });
});

describe("datasetJsonLd(site, config)", () => {
  it("describes each dataset as a schema.org Dataset with an absolute CSV download", () => {
    const ld = datasetJsonLd(new URL("https://example.org/"), testSite) as { dataset: { "@type": string; distribution: { contentUrl: string; encodingFormat: string }[] }[] };
    expect(ld.dataset).toHaveLength(publishedDatasets(testSite).length);
    expect(ld.dataset[1]!["@type"]).toBe("Dataset");
    expect(ld.dataset[1]!.distribution[0]).toMatchObject({ encodingFormat: "text/csv", contentUrl: "https://example.org/data/looked-after.csv" });
  });
});

describe("the licence each dataset's JSON-LD states", () => {
  type Ld = { dataset: { name: string; url: string; license?: string }[] };
  const ld = datasetJsonLd(new URL("https://example.org/"), testSite) as Ld;
  const licensed = (l: Ld) => l.dataset.filter((d) => d.license !== undefined).map((d) => d.url.replace(/.*#dataset-/, ""));

  it("gives the Open Government Licence only to datasets whose every value is DfE's, and no licence to the rest", () => {
    expect(licensed(ld)).toEqual(["looked-after-councils", "age-placement", "area-changes"]);
    expect(ld.dataset.filter((d) => d.license !== undefined).every((d) => d.license === OGL)).toBe(true);
    // Council minutes and press reports belong to their publishers; sources.csv is the project's own list.
    for (const name of ["sources", "looked-after", "money", "homes-accounts", "homes-counts", "statistical-neighbours"]) expect(datasetLicence(name, testSite), name).toBeNull();
  });
});

describe("the licences data/sources.csv states", () => {
  // A publication we can name: a link, an SFR number or a numbered report.
  const identified = (s: ReturnType<typeof sources>[number]) => s.url !== null || /SFR\d+\/\d{4}|report \d+/i.test(`${s.title} ${s.release}`);

  it("gives the Open Government Licence only to DfE's own publications that we can identify", () => {
    const ogl = sources(testSite).filter((s) => s.licence === "Open Government Licence v3.0");
    expect(ogl.filter((s) => s.publisher !== "Department for Education").map((s) => s.id)).toEqual([]);
    expect(ogl.filter((s) => !identified(s)).map((s) => s.id)).toEqual([]);
  });

  it("asserts no licence for the statistical neighbours grouping, whose publication was not recorded", () => {
    expect(sources(testSite).find((s) => s.id === "dfe-statistical-neighbours-2021")!.licence).toBe("Not recorded");
  });
});
