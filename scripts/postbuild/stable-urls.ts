/**
 * Keeps published chart URLs working: stops the build when a published id has neither a
 * chart nor a redirect, and writes the redirects as static pages (for any host) and as
 * _redirects lines (Netlify, Cloudflare Pages), plus a copy of the target's oEmbed file.
 */
import { appendFile, copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { siteChartIds, stableIdProblems, type ChartIds, type ChartRedirect } from "../../src/charts/outputs/stable-ids.ts";
import { chartFiles } from "../../src/charts/outputs/downloads.ts";
import type { PostBuildStep } from "./index.ts";

/** A page that sends readers on to `to`: meta refresh for browsers, a link for everyone. */
export function redirectPage(to: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>This chart has moved</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${to}" />
    <meta http-equiv="refresh" content="0; url=${to}" />
  </head>
  <body>
    <main>
      <h1>This chart has moved</h1>
      <p>It is now at <a href="${to}">${to}</a>.</p>
    </main>
  </body>
</html>
`;
}

/** The _redirects lines for one redirect: chart page, embed page and oEmbed file. */
export function redirectLines(r: ChartRedirect): string[] {
  return [
    `${chartFiles(r.from).page} ${chartFiles(r.to).page} 301`,
    `${chartFiles(r.from).embed} ${chartFiles(r.to).embed} 301`,
    `${chartFiles(r.from).oembed} ${chartFiles(r.to).oembed} 301`,
  ];
}

/** Checks the ids and writes every redirect into `outDir`. */
export async function writeRedirects(outDir: string, ids: ChartIds, redirects: readonly ChartRedirect[], built: readonly string[], file?: string): Promise<void> {
  const problems = stableIdProblems(ids, redirects, built, file);
  if (problems.length > 0) throw new Error(`Chart URLs would break:\n${problems.join("\n")}`);
  for (const r of redirects) {
    for (const page of ["page", "embed"] as const) {
      const dir = join(outDir, chartFiles(r.from)[page]);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, "index.html"), redirectPage(chartFiles(r.to)[page]));
    }
    await copyFile(join(outDir, chartFiles(r.to).oembed), join(outDir, chartFiles(r.from).oembed));
  }
  if (redirects.length > 0) await appendFile(join(outDir, "_redirects"), redirects.flatMap(redirectLines).join("\n") + "\n");
}

export const stableUrls: PostBuildStep = {
  name: "stable chart URLs",
  run: async ({ outDir, config }) => {
    // Loaded when the step runs: the build checks content before it lists the site's charts.
    const { allCharts } = await import("../../src/charts/index.ts");
    const site = siteChartIds(config.paths.content);
    await writeRedirects(outDir, site.ids, site.redirects, allCharts(config).map((c) => c.id), site.file);
  },
};
