import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chosenImporter, IMPORTERS } from "../../../scripts/importers/index.ts";
import { site } from "../../support/site.ts";
import { loadSiteConfig, type SiteConfig } from "../../../src/config/config.ts";

/** The site's configuration with `importer` as given, read from a site.yaml whose `lines` are written out. */
function configWith(importer: SiteConfig["importer"], lines: string[]): { config: SiteConfig; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "importer-"));
  const file = join(dir, "site.yaml");
  writeFileSync(file, lines.join("\n"));
  return { config: { ...site, importer, paths: { ...site.paths, config: file } }, dir };
}

describe("chosenImporter(config): the importer a site names in site.yaml", () => {
  it("gives the adapter the site names", () => {
    const { config } = configWith({ adapter: "dfe-looked-after", publication: null }, ["importer:", "  adapter: dfe-looked-after"]);
    expect(chosenImporter(config)).toBe(IMPORTERS["dfe-looked-after"]);
  });

  it("refuses an adapter there is none of, naming file, line and field and listing the adapters", () => {
    const { config, dir } = configWith({ adapter: "ons-population", publication: null }, ["asOf: null", "importer:", "  adapter: ons-population"]);
    expect(() => chosenImporter(config, dir)).toThrow(/^site\.yaml:3: importer\.adapter: no importer is called "ons-population"; there are:\n {2}dfe-looked-after: /);
  });

  it("says a site that names none keeps its data by hand", () => {
    const { config, dir } = configWith(null, ["asOf: null"]);
    expect(() => chosenImporter(config, dir)).toThrow(/^site\.yaml: importer: this site names no importer, so its data is kept by hand/);
  });

  it("is chosen per site: the council example takes DfE's files, the libraries example keeps its data by hand", () => {
    const example = (dir: string) => loadSiteConfig({ SITE_DIR: dir, ASTRO_TELEMETRY_DISABLED: "1" });
    expect(chosenImporter(example("examples/exampleshire"))).toBe(IMPORTERS["dfe-looked-after"]);
    expect(() => chosenImporter(example("examples/libraries"))).toThrow(/^examples\/libraries\/content\/site\.yaml: importer: this site names no importer/);
  });
});
