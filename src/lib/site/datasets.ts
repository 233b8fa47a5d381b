/**
 * The datasets the site publishes: every resource of data/datapackage.json, served at
 * /data/<file> by the copy-data post-build step, with its schema and Dataset JSON-LD.
 */
import { fillSlots, ui } from "../content/ui.ts";
import { dataPackage } from "../data/index.ts";
import type { Field } from "../data/table-schema.ts";

export const OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** One downloadable dataset. */
export interface PublishedDataset {
  name: string;
  title: string;
  href: string;
  rows: number;
  fields: Field[];
}

/** Every dataset in the package, in package order. */
export function publishedDatasets(): PublishedDataset[] {
  const pkg = dataPackage();
  return pkg.descriptor.resources.map((r) => ({
    name: r.name,
    title: r.title ?? r.name,
    href: `/data/${r.path}`,
    rows: pkg.resources.get(r.name)?.rows.length ?? 0,
    fields: r.schema.fields,
  }));
}

/** A field's constraints in words, for the schema tables. */
export function describeConstraints(f: Field): string {
  const c = f.constraints ?? {};
  const t = ui().sources.rules;
  const parts: string[] = [];
  if (c.required) parts.push(t.required);
  if (c.unique) parts.push(t.unique);
  if (c.enum) parts.push(fillSlots(t.oneOf, { values: c.enum.join(", ") }));
  if (c.pattern) parts.push(fillSlots(t.pattern, { pattern: c.pattern }));
  if (c.minimum !== undefined) parts.push(fillSlots(t.atLeast, { n: c.minimum }));
  if (c.maximum !== undefined) parts.push(fillSlots(t.atMost, { n: c.maximum }));
  return parts.join("; ") || t.none;
}

/** schema.org Dataset records for search engines, as one DataCatalog. */
export function datasetJsonLd(site: URL | string, siteName: string): object {
  const abs = (p: string) => new URL(p, site).href;
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: `${siteName}: datasets`,
    url: abs("/sources/"),
    dataset: publishedDatasets().map((d) => ({
      "@type": "Dataset",
      name: d.title,
      description: `${d.title}. A CSV file with the fields ${d.fields.map((f) => f.name).join(", ")}; every row names the release it comes from. The schema is in datapackage.json.`,
      url: abs(`/sources/#dataset-${d.name}`),
      license: OGL,
      isAccessibleForFree: true,
      variableMeasured: d.fields.map((f) => f.name),
      distribution: [
        { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: abs(d.href) },
        { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: abs("/data/datapackage.json"), name: "Table Schema (Frictionless Data Package)" },
      ],
    })),
  };
}
