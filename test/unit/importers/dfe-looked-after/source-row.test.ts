import { describe, expect, it } from "vitest";
import { upsertSource } from "../../../../scripts/importers/dfe-looked-after/source-row.ts";
import { loadSiteConfig } from "../../../../src/config/config.ts";
import type { DfeFile } from "../../../../scripts/importers/dfe-looked-after/read-dfe-file.ts";

const config = loadSiteConfig(process.env);
const file = { firstYear: 2022, lastYear: 2026, sha256: "ab".repeat(32), stockWording: null } as unknown as DfeFile;
const publication = { title: "Looked-after children in Exampleland", publisher: "Example Department", url: "https://stats.example.org/cla", licence: "Example Licence" };

describe("upsertSource(rows, file, path, config)", () => {
  it("describes a new release as the site configuration records the publication", () => {
    const { rows, added } = upsertSource([], file, "/x/cla.csv", { ...config, importer: { adapter: "dfe-looked-after", publication } });
    expect(added).toBe(true);
    expect(rows[0]).toMatchObject({ id: "dfe-cla-2026", title: "Looked-after children in Exampleland: number and rate per 10,000 children, 2022 to 2026", publisher: "Example Department", url: "https://stats.example.org/cla", licence: "Example Licence" });
  });

  it("stops, naming the setting, when the configuration records no publication", () => {
    expect(() => upsertSource([], file, "/x/cla.csv", { ...config, importer: { adapter: "dfe-looked-after", publication: null } })).toThrow(/content\/site\.yaml: importer\.publication: needed to add a row for dfe-cla-2026/);
  });
});
