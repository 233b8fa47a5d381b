/**
 * The sources.csv row for an imported DfE file: one row per release, carrying the
 * file's SHA-256 so anyone can tell whether the file they hold is the one imported.
 */
import { basename } from "node:path";
import { Missing, type Row } from "../../src/lib/data/table-schema.ts";
import type { DfeFile } from "./read-dfe-file.ts";

/** The publication page the DfE files come from (as recorded for earlier releases). */
const PUBLICATION_URL = "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions";

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
export function upsertSource(rows: readonly Row[], file: DfeFile, path: string): SourceUpdate {
  const id = releaseIdOf(file);
  const i = rows.findIndex((r) => r.id === id);
  if (i !== -1) {
    const old = rows[i]!;
    const previous = old.sha256 instanceof Missing || old.sha256 === undefined ? null : String(old.sha256);
    const updated: Row = { ...old, sha256: file.sha256 };
    if (old.reporting_year instanceof Missing) updated.reporting_year = file.lastYear;
    return { rows: rows.map((r, j) => (j === i ? updated : r)), previousSha256: previous === file.sha256 ? null : previous, added: false };
  }
  const wording = file.stockWording ? ` Measure wording "${file.stockWording}".` : "";
  const row: Row = {
    id,
    title: `Children looked after in England including adoption: number and rate per 10,000 children, ${file.firstYear} to ${file.lastYear}`,
    publisher: "Department for Education",
    kind: "official statistics",
    release: `${file.lastYear} release`,
    url: PUBLICATION_URL,
    published: new Missing(""),
    licence: "Open Government Licence v3.0",
    accessed: new Missing(""),
    notes: `Local-authority file ${basename(path)}, imported with npm run import:dfe.${wording} Publication date not recorded.`,
    reporting_year: file.lastYear,
    sha256: file.sha256,
  };
  return { rows: [...rows, row], previousSha256: null, added: true };
}
