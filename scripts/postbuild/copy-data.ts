/**
 * Publishes the datasets at /data/: each CSV that data/datapackage.json lists, written
 * from its validated rows in the download form (src/lib/data/write-csv.ts: a UTF-8
 * byte-order mark, formula-like text escaped, numbers as numbers, columns in the schema's
 * order), and data/datapackage.json as it is, so every dataset on /sources/ can be
 * downloaded with its schema and opened safely in a spreadsheet.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { dataDir, dataPackage } from "../../src/lib/data/index.ts";
import { downloadTableCsv } from "../../src/lib/data/write-csv.ts";
import type { PostBuildStep } from "./index.ts";

export const copyData: PostBuildStep = {
  name: "copy data",
  async run({ outDir }) {
    const from = dataDir();
    const to = join(outDir, "data");
    await mkdir(to, { recursive: true });
    if (!existsSync(join(from, "datapackage.json"))) throw new Error(`${from}: no datapackage.json to publish`);
    const writes = [...dataPackage().resources.values()].map(({ resource, rows }) =>
      writeFile(join(to, resource.path), downloadTableCsv(resource.schema.fields.map((f) => f.name), rows.map((r) => r.row))),
    );
    await Promise.all([...writes, copyFile(join(from, "datapackage.json"), join(to, "datapackage.json"))]);
  },
};
