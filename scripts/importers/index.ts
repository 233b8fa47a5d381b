/**
 * The importers a site may choose (content/site.yaml `importer.adapter`): each reads one
 * publisher's file layout into the site's data package. A site whose data is kept by hand
 * chooses none; a new layout is a new adapter here, not a change to the others.
 */
import { lineOfPath } from "../../src/format/yaml-errors.ts";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { SiteConfig } from "../../src/config/config.ts";
import { runImport, type RunContext } from "./dfe-looked-after/run.ts";

export type { RunContext } from "./dfe-looked-after/run.ts";

export interface Importer {
  /** What it reads, for the list of importers in an error. */
  reads: string;
  /** Run it on the command line's arguments; resolves to the process exit code. */
  run: (argv: string[], ctx: RunContext) => Promise<number>;
}

export const IMPORTERS: Readonly<Record<string, Importer>> = {
  "dfe-looked-after": { reads: "DfE's cla_number_and_rate_per_10k_children files (children looked after, by council)", run: runImport },
};

/** The importer the site chose; throws naming file, line and field where it chose none or an unknown one. */
export function chosenImporter(config: SiteConfig, cwd = process.cwd()): Importer {
  const file = relative(cwd, config.paths.config) || config.paths.config;
  const known = Object.entries(IMPORTERS).map(([name, i]) => `  ${name}: ${i.reads}`).join("\n");
  if (!config.importer) throw new Error(`${file}: importer: this site names no importer, so its data is kept by hand. To import, set importer.adapter to one of:\n${known}`);
  const importer = IMPORTERS[config.importer.adapter];
  if (!importer) {
    const line = lineOfPath(readFileSync(config.paths.config, "utf8"), ["importer", "adapter"]);
    throw new Error(`${file}:${line}: importer.adapter: no importer is called "${config.importer.adapter}"; there are:\n${known}`);
  }
  return importer;
}
