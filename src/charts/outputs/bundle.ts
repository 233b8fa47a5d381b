/**
 * A chart's data bundle, /charts/<id>.zip: the chart's CSV, a Frictionless Data Package
 * descriptor (datapackage.json) with the CSV's Table Schema, its sources and their
 * licences, and a README saying what is measured, the notes, the licence and how to cite.
 * Zipped with fflate, every entry dated 1 January 1980 (the first year ZIP dates allow), so the
 * same chart gives the same bytes on every build.
 */
import { strToU8, zipSync } from "fflate";
import { allowedValues, source, type Source } from "../../lib/data/index.ts";
import type { TableSchema } from "../../format/table-schema.ts";
import type { ChartView } from "../types.ts";
import { chartCsv, citation } from "./downloads.ts";
import { chartCsvSchema } from "./csv-schema.ts";
import { fillSlots, ui, type Ui } from "../../lib/content/ui.ts";
import type { SiteConfig } from "../../config/config.ts";

/** The licence DfE publishes its statistics under, as data/datapackage.json names it. */
export const OGL = { name: "OGL-UK-3.0", title: "Open Government Licence v3.0", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" } as const;

/** What the bundle's datapackage.json holds (Data Package v1 with a Tabular Data Resource). */
export interface ChartPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  homepage: string;
  licenses?: { name: string; title: string; path: string }[];
  /** `id` is the CSV's source_id; `licence` is as data/sources.csv states it. */
  sources: { id: string; title: string; path?: string; publisher: string; release: string; licence: string }[];
  resources: {
    profile: "tabular-data-resource";
    name: string;
    path: string;
    title: string;
    format: "csv";
    mediatype: "text/csv";
    encoding: "utf-8";
    schema: TableSchema;
  }[];
}

/** The file names inside the bundle. */
export function bundleFiles(id: string): { csv: string; descriptor: string; readme: string } {
  return { csv: `${id}.csv`, descriptor: "datapackage.json", readme: "README.md" };
}

const isOgl = (s: Source) => s.licence === OGL.title;

/** Every release the bundle's values come from: the chart's sources, the CSV's and those of first-published values. */
export function bundleSources(view: ChartView, config: SiteConfig): Source[] {
  const idCol = view.csv.columns.indexOf("source_id");
  const ids = new Set(view.sources.map((s) => s.id));
  for (const row of view.csv.rows) if (idCol >= 0 && typeof row[idCol] === "string") ids.add(row[idCol]);
  for (const row of view.table.rows) for (const c of row) if (typeof c !== "string") ids.add(c.revision.sourceId);
  return [...ids].map((id) => source(id, config));
}

/** The datapackage.json of a chart's bundle. */
export function chartPackage(view: ChartView, pageUrl: string, config: SiteConfig): ChartPackage {
  const sources = bundleSources(view, config);
  const files = bundleFiles(view.id);
  const allOgl = sources.every(isOgl);
  return {
    profile: "tabular-data-package",
    name: view.id,
    title: view.title,
    description: `${view.subtitle}.${view.caveat ? ` ${view.caveat}` : ""} ${licenceText(sources, ui(config).charts.bundle)}`,
    homepage: pageUrl,
    // A package-wide licence only where every source grants one; otherwise each source says its own.
    ...(allOgl ? { licenses: [{ ...OGL }] } : {}),
    sources: sources.map((s) => ({ id: s.id, title: s.title, ...(s.url ? { path: s.url } : {}), publisher: s.publisher, release: s.release, licence: s.licence })),
    resources: [
      {
        profile: "tabular-data-resource",
        name: view.id,
        path: files.csv,
        title: view.subtitle,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: chartCsvSchema(view.id, view.csv.columns, ui(config).charts.csvFields, view.csv.fields, (resource, field) => allowedValues(resource, field, config)),
      },
    ],
  };
}

/** The words of a bundle's README and descriptor (the wording's charts.bundle). */
type BundleWords = Ui["charts"]["bundle"];

/** The licence in `words`: OGL for DfE statistics, the publishers' own for council papers and press reports. */
export function licenceText(sources: Source[], words: BundleWords): string {
  const ogl = sources.filter(isOgl);
  const other = sources.filter((s) => !isOgl(s));
  const parts: string[] = [];
  if (ogl.length > 0) parts.push(fillSlots(other.length > 0 ? words.oglAmongOthers : words.oglOnly, { licence: OGL.title, url: OGL.path }));
  if (other.length > 0) parts.push(fillSlots(words.others, { publishers: [...new Set(other.map((s) => s.publisher))].join(", ") }));
  return parts.join(" ");
}

/** The bundle's README.md, for the site configured by `config`; its citation names `citeUrl`, the page of the version the bundle holds. */
export function chartReadme(view: ChartView, pageUrl: string, config: SiteConfig, citeUrl = pageUrl): string {
  const sources = bundleSources(view, config);
  const files = bundleFiles(view.id);
  const w = ui(config).charts.bundle;
  const { name: siteName, asOf } = config;
  const revised = view.csv.columns.includes("revised_from");
  const notes = [...view.notes, w.blankValues, ...(revised ? [w.revisedValues] : [])];
  const sourceLine = (s: Source) =>
    `- ${fillSlots(w.source, { publisher: s.publisher, title: s.title, release: s.release, link: s.url ?? w.linkNotRecorded, licence: s.licence })}`;
  return [
    `# ${view.title}`,
    "",
    fillSlots(w.from, { site: siteName, url: pageUrl }),
    "",
    `## ${w.measuredHeading}`,
    "",
    `${view.subtitle}.`,
    "",
    view.description,
    "",
    ...(view.caveat ? [`## ${w.cannotShowHeading}`, "", view.caveat, ""] : []),
    `## ${w.filesHeading}`,
    "",
    `- ${fillSlots(w.csvFile, { file: files.csv })}`,
    `- ${fillSlots(w.descriptorFile, { file: files.descriptor })}`,
    `- ${fillSlots(w.readmeFile, { file: files.readme })}`,
    "",
    `## ${w.notesHeading}`,
    "",
    ...notes.map((n) => `- ${n}`),
    "",
    `## ${w.sourcesHeading}`,
    "",
    ...sources.map(sourceLine),
    "",
    `## ${w.licenceHeading}`,
    "",
    licenceText(sources, w),
    "",
    `## ${w.citeHeading}`,
    "",
    citation(view, citeUrl, siteName, asOf),
    "",
  ].join("\n");
}

// fflate writes ZIP's DOS dates from a Date's local-time fields, so the date is built
// from local fields at each call: the same fields, so the same bytes, in any time zone
// (a Date made once would shift if the zone changed, and could fall before 1980).
const fixedMtime = () => new Date(1980, 0, 1, 12, 0, 0);

/** The zip bytes of a chart's bundle, for the site configured by `config`. */
export function chartBundle(view: ChartView, pageUrl: string, config: SiteConfig, citeUrl = pageUrl): Uint8Array {
  const files = bundleFiles(view.id);
  const entry = (text: string) => [strToU8(text), { mtime: fixedMtime() }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      [files.csv]: entry(chartCsv(view)),
      [files.descriptor]: entry(JSON.stringify(chartPackage(view, pageUrl, config), null, 2) + "\n"),
      [files.readme]: entry(chartReadme(view, pageUrl, config, citeUrl)),
    },
    { level: 9 },
  );
}
