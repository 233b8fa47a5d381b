/**
 * Bundles the embed scripts to fixed, unhashed URLs: /embed.js (pasted into other
 * sites' pages, so its URL can never change), /embed-frame.js (the embed page's own) and
 * /embed-island.js (the chart island, which embed-frame.js loads unless ?static=1) and
 * /embed-area.js (the area highlight alone, which it loads for ?static=1 with ?area=).
 */
import { join } from "node:path";
import { build } from "esbuild";
import type { PostBuildStep } from "./index.ts";

export const embedScripts: PostBuildStep = {
  name: "embed scripts",
  async run({ outDir, root, config }) {
    await build({
      entryPoints: {
        "embed": join(root, "src/embed/host-entry.ts"),
        "embed-frame": join(root, "src/embed/frame-entry.ts"),
        "embed-island": join(root, "src/client/chart-island.ts"),
        "embed-area": join(root, "src/embed/area-entry.ts"),
      },
      outdir: outDir,
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2020",
      legalComments: "none",
      // The site's message names, as the pages' own bundles get them (astro.config.mjs).
      define: { __SITE_IDENTIFIERS__: JSON.stringify(config.identifiers) },
      logLevel: "warning",
    });
  },
};
