/**
 * Published chart URLs keep answering: every published id has its chart, embed and
 * oEmbed URLs, either built or redirected (301 from the server, as _redirects asks, and
 * a redirect page in dist/ for hosts without _redirects).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadSiteConfig } from "../../src/config/config.ts";
import { siteChartIds } from "../../src/charts/outputs/stable-ids.ts";
import { chartFiles } from "../../src/charts/outputs/downloads.ts";
import { DIST } from "../support/pages.ts";

const { ids: chartIds, redirects: chartRedirects } = siteChartIds(loadSiteConfig(process.env).paths.content);
const chartPath = (id: string) => chartFiles(id).page;
const embedPath = (id: string) => chartFiles(id).embed;
const oembedPath = (id: string) => chartFiles(id).oembed;
const get = (path: string) => fetch(inject("baseUrl") + path, { redirect: "manual" });

describe("published chart ids", () => {
  it.each(chartIds.published)("%s still answers at every URL", async (id) => {
    const redirect = chartRedirects.find((r) => r.from === id);
    for (const path of [chartPath, embedPath, oembedPath]) {
      const res = await get(path(id));
      if (!redirect) {
        expect(res.status, `${path(id)}: published, so it must be built or redirected`).toBe(200);
        continue;
      }
      expect(res.status, path(id)).toBe(301);
      expect(res.headers.get("location"), path(id)).toBe(path(redirect.to));
      expect((await get(path(redirect.to))).status, path(redirect.to)).toBe(200);
    }
    if (redirect) {
      for (const path of [chartPath, embedPath]) {
        const html = readFileSync(join(DIST, path(id), "index.html"), "utf8");
        expect(html, `${path(id)}: static redirect page`).toContain(`url=${path(redirect.to)}`);
      }
      expect(existsSync(join(DIST, oembedPath(id)))).toBe(true);
    }
  });
});
