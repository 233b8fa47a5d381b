/**
 * Publishes the datasets at /data/: each CSV that data/datapackage.json lists (nothing
 * else in data/), written from its validated rows in the download form
 * (src/lib/data/write-csv.ts: a UTF-8 byte-order mark, formula-like text escaped, numbers
 * as numbers, columns in the schema's order), and data/datapackage.json as it is, so every
 * dataset on /sources/ can be downloaded with its schema and opened safely in a
 * spreadsheet. A symbolic link is never followed: it could publish a file from outside the
 * project (the build refuses links in data/ before this step runs; this checks again).
 */
import { copyFile, lstat, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { dataPackage } from "../../src/lib/data/index.ts";
import { RESOURCE_PATH } from "../../src/lib/data/load-package.ts";
import type { DataPackageDescriptor } from "../../src/format/table-schema.ts";
import { downloadTableCsv } from "../../src/lib/data/write-csv.ts";
import type { PostBuildStep } from "./index.ts";

/** The files to publish from `from`: datapackage.json and the resources it lists. */
export async function publishedDataFiles(from: string): Promise<string[]> {
  const descriptor = JSON.parse(await readFile(join(from, "datapackage.json"), "utf8")) as DataPackageDescriptor;
  const files = ["datapackage.json", ...descriptor.resources.map((r) => r.path)];
  for (const f of files) {
    const shown = relative(process.cwd(), join(from, f));
    if (f !== "datapackage.json" && !RESOURCE_PATH.test(f)) throw new Error(`${shown}: not a file name in the data folder; only listed CSVs are published`);
    if (!(await lstat(join(from, f))).isFile()) throw new Error(`${shown}: not a plain file (a symbolic link?); only real files are published`);
  }
  return files;
}

export const copyData: PostBuildStep = {
  name: "copy data",
  async run({ outDir, config }) {
    const from = config.paths.data;
    const to = join(outDir, "data");
    await mkdir(to, { recursive: true });
    await publishedDataFiles(from);
    const writes = [...dataPackage(config).resources.values()].map(({ resource, rows }) =>
      writeFile(join(to, resource.path), downloadTableCsv(resource.schema.fields.map((f) => f.name), rows.map((r) => r.row))),
    );
    await Promise.all([...writes, copyFile(join(from, "datapackage.json"), join(to, "datapackage.json"))]);
  },
};
