/** /changes.xml: an RSS feed of /changes/, every version of every chart, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { uiRenderer } from "../lib/content/ui-render.ts";
import { changeList, changeSummary } from "../features/changes.ts";
import { upperFirst } from "../format/case.ts";
import { versionFiles } from "../charts/outputs/downloads.ts";

export const GET: APIRoute = async ({ locals: { site } }) => {
  const u = await uiRenderer(site);
  const t = u.t.versions;
  return rss({
    title: u.text(t.feedTitle, { name: site.name }),
    description: u.text(t.feedDescription),
    site: site.publicUrl.href,
    items: changeList(site).map((v) => ({
      title: u.text(t.changesItem, { chart: v.entry.title, version: v.entry.version }),
      link: versionFiles(v.chart, v.entry.version).page,
      pubDate: new Date(`${v.entry.recorded}T00:00:00Z`),
      // The summary is written to follow a colon on /changes/; on its own it starts a sentence.
      description: `${upperFirst(changeSummary(u, v, false, site))}.`,
      categories: [v.entry.reason],
    })),
    customData: "<language>en-gb</language>",
  });
};
