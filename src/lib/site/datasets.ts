/**
 * The datasets the site publishes: every resource of data/datapackage.json, served at
 * /data/<file> by the copy-data post-build step, with its schema and Dataset JSON-LD.
 */
import { fillSlots, ui, type Ui } from "../content/ui.ts";
import type { SiteConfig } from "../../config/config.ts";
import { dataPackage, sources, type Source } from "../data/index.ts";
import { Missing, type Field } from "../../format/table-schema.ts";

export const OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
/** The licence as data/sources.csv names it for DfE's statistics. */
const OGL_TITLE = "Open Government Licence v3.0";
const DFE = "Department for Education";

/** One downloadable dataset. */
export interface PublishedDataset {
  name: string;
  title: string;
  href: string;
  rows: number;
  fields: Field[];
}

/** Every dataset in the package of the site configured by `config`, in package order. */
export function publishedDatasets(config: SiteConfig): PublishedDataset[] {
  const pkg = dataPackage(config);
  return pkg.descriptor.resources.map((r) => ({
    name: r.name,
    title: r.title ?? r.name,
    href: `/data/${r.path}`,
    rows: pkg.resources.get(r.name)?.rows.length ?? 0,
    fields: r.schema.fields,
  }));
}

/** A field's constraints in `t` (the wording's sources.rules), for the schema tables. */
export function describeConstraints(f: Field, t: Ui["sources"]["rules"]): string {
  const c = f.constraints ?? {};
  const parts: string[] = [];
  if (c.required) parts.push(t.required);
  if (c.unique) parts.push(t.unique);
  if (c.enum) parts.push(fillSlots(t.oneOf, { values: c.enum.join(", ") }));
  if (c.pattern) parts.push(fillSlots(t.pattern, { pattern: c.pattern }));
  if (c.minimum !== undefined) parts.push(fillSlots(t.atLeast, { n: c.minimum }));
  if (c.maximum !== undefined) parts.push(fillSlots(t.atMost, { n: c.maximum }));
  return parts.join("; ") || t.none;
}

/** Whether a source is DfE's, published under the Open Government Licence (crown copyright statistics and records). */
const isDfeOgl = (s: Source) => s.publisher === DFE && s.licence === OGL_TITLE;

/**
 * The licence a dataset as a whole may be said to carry: the Open Government Licence only
 * where every value in it comes from a DfE source published under it (source_id and
 * revised_from_source alike). Council minutes, news releases and press reports belong to
 * their publishers, and a source whose licence is not recorded grants none we can state,
 * so a dataset holding any of them asserts no licence; /sources/ gives each source's own.
 */
export function datasetLicence(name: string, config: SiteConfig): string | null {
  const loaded = dataPackage(config).resources.get(name);
  if (!loaded || !loaded.resource.schema.fields.some((f) => f.name === "source_id")) return null;
  const byId = new Map(sources(config).map((s) => [s.id, s]));
  const ids = new Set(loaded.rows.flatMap(({ row }) => ["source_id", "revised_from_source"].map((k) => row[k]).filter((v) => v !== undefined && !(v instanceof Missing)).map(String)));
  if (ids.size === 0) return null;
  return [...ids].every((id) => byId.has(id) && isDfeOgl(byId.get(id)!)) ? OGL : null;
}

/** schema.org Dataset records for search engines, as one DataCatalog, for the site configured by `config` at `site`. */
export function datasetJsonLd(site: URL | string, config: SiteConfig): object {
  const abs = (p: string) => new URL(p, site).href;
  const w = ui(config).datasets;
  const siteName = config.name;
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: `${siteName}: datasets`,
    url: abs("/sources/"),
    dataset: publishedDatasets(config).map((d) => ({
      "@type": "Dataset",
      name: d.title,
      description: fillSlots(w.description, { title: d.title, fields: d.fields.map((f) => f.name).join(", ") }),
      url: abs(`/sources/#dataset-${d.name}`),
      ...((l) => (l ? { license: l } : {}))(datasetLicence(d.name, config)),
      isAccessibleForFree: true,
      variableMeasured: d.fields.map((f) => f.name),
      distribution: [
        { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: abs(d.href) },
        { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: abs("/data/datapackage.json"), name: w.schemaName },
      ],
    })),
  };
}
