/**
 * Publishes the datasets: copies data/datapackage.json and each CSV it lists (nothing
 * else in data/) into the built site at /data/, so every dataset on /sources/ can be
 * downloaded with its schema. A symbolic link is never followed: it could publish a file
 * from outside the project (the build refuses links in data/ before this step runs).
 */
import { copyFile, lstat, mkdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { dataDir } from "../../src/lib/data/index.ts";
import { RESOURCE_PATH } from "../../src/lib/data/load-package.ts";
import type { DataPackageDescriptor } from "../../src/lib/data/table-schema.ts";
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
  async run({ outDir }) {
    const from = dataDir();
    const to = join(outDir, "data");
    await mkdir(to, { recursive: true });
    const files = await publishedDataFiles(from);
    await Promise.all(files.map((f) => copyFile(join(from, f), join(to, f))));
  },
};
