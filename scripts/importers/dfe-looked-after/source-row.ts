/**
 * The sources.csv row for an imported DfE file: one row per release, carrying the
 * file's SHA-256 so anyone can tell whether the file they hold is the one imported.
 */
import { basename, relative } from "node:path";
import { Missing, type Row } from "../../../src/format/table-schema.ts";
import type { DfeFile } from "./read-dfe-file.ts";
import type { SiteConfig } from "../../../src/config/config.ts";

/**
 * A release is named by the latest reporting year in its file: DfE publishes these files
 * once a year, each ending with the year just reported (2018–2022 is the 2022 release).
 */
export function releaseIdOf(file: Pick<DfeFile, "lastYear">): string {
  return `dfe-cla-${file.lastYear}`;
}

export interface SourceUpdate {
  rows: Row[];
  /** The hash recorded before, where it differs from this file's. */
  previousSha256: string | null;
  added: boolean;
}

/** Add the release to `rows`, or record the file's hash on its existing row. */
export function upsertSource(rows: readonly Row[], file: DfeFile, path: string, config: SiteConfig): SourceUpdate {
  const id = releaseIdOf(file);
  const i = rows.findIndex((r) => r.id === id);
  if (i !== -1) {
    const old = rows[i]!;
    const previous = old.sha256 instanceof Missing || old.sha256 === undefined ? null : String(old.sha256);
    const updated: Row = { ...old, sha256: file.sha256 };
    if (old.reporting_year instanceof Missing) updated.reporting_year = file.lastYear;
    return { rows: rows.map((r, j) => (j === i ? updated : r)), previousSha256: previous === file.sha256 ? null : previous, added: false };
  }
  // A new release's row describes the publication as the site configuration records it.
  const publication = config.importer?.publication;
  if (!publication) throw new Error(`${relative(process.cwd(), config.paths.config)}: importer.publication: needed to add a row for ${id} to sources.csv (the publication's title, publisher, url and licence)`);
  const wording = file.stockWording ? ` Measure wording "${file.stockWording}".` : "";
  const row: Row = {
    id,
    title: `${publication.title}: number and rate per 10,000 children, ${file.firstYear} to ${file.lastYear}`,
    publisher: publication.publisher,
    kind: "official statistics",
    release: `${file.lastYear} release`,
    url: publication.url,
    published: new Missing(""),
    licence: publication.licence,
    accessed: new Missing(""),
    notes: `Local-authority file ${basename(path)}, imported with npm run import.${wording} Publication date not recorded.`,
    reporting_year: file.lastYear,
    sha256: file.sha256,
  };
  return { rows: [...rows, row], previousSha256: null, added: true };
}
