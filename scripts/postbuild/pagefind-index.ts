/**
 * Post-build step: indexes the built pages with Pagefind and writes its files to
 * /pagefind/. Only <main> is indexed (Base.astro marks it data-pagefind-body), so
 * navigation and footers do not crowd the results.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { PostBuildStep } from "./index.ts";

export const pagefindIndex: PostBuildStep = {
  name: "pagefind index",
  async run({ outDir }) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
      if (added.page_count === 0) throw new Error("pagefind: no pages indexed");
      const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    } finally {
      await index.deleteIndex();
      await pagefind.close();
    }
  },
};
