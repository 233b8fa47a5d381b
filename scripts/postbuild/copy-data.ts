/**
 * Publishes the datasets: copies data/*.csv and data/datapackage.json into the built
 * site at /data/, so every dataset on /sources/ can be downloaded with its schema.
 */
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { dataDir } from "../../src/lib/data/index.ts";
import type { PostBuildStep } from "./index.ts";

export const copyData: PostBuildStep = {
  name: "copy data",
  async run({ outDir }) {
    const from = dataDir();
    const to = join(outDir, "data");
    await mkdir(to, { recursive: true });
    const files = (await readdir(from)).filter((f) => f.endsWith(".csv") || f === "datapackage.json");
    if (!files.includes("datapackage.json")) throw new Error(`${from}: no datapackage.json to publish`);
    await Promise.all(files.map((f) => copyFile(join(from, f), join(to, f))));
  },
};
