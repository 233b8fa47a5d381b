/** Looks up content entries by id, with errors that name the collection and id. */
import { getCollection, getEntry } from "astro:content";
import { readFileSync } from "node:fs";
import { forFile } from "./site-markdown.ts";
import { fillPageSlots } from "./page-slots.ts";
import { contentDir } from "./content-dir.ts";
import type { SiteConfig } from "../../config/config.ts";

/**
 * A prose page from content/pages/, with its title rendered (HTML and plain text). `slots`
 * fill the page's `{name}` slots with markdown; a description that uses a slot or binds a
 * date is rendered as plain text. `config` is the site's, for the content folder its messages name.
 */
export async function page(id: string, config: SiteConfig, slots: Readonly<Record<string, string>> = {}) {
  const entry = await getEntry("pages", id);
  if (!entry) throw new Error(`${contentDir(config)}/pages/${id}.md: no such page`);
  const file = entry.filePath ?? `${contentDir(config)}/pages/${id}.md`;
  const r = await forFile(file, config);
  const source = (() => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return "";
    }
  })();
  const fill = (text: string) => fillPageSlots(text, slots, file, source);
  const title = fill(entry.data.title);
  const lead = entry.data.lead;
  const body = fill(entry.body ?? "");
  if (lead && new RegExp(`^\\[\\[chart:${lead.chart}(\\|brief)?\\]\\]\\s*$`, "m").test(body))
    throw new Error(`${file}: lead.chart: the chart "${lead.chart}" leads the page, so the body must not place it again ([[chart:${lead.chart}]])`);
  const description = fill(entry.data.description);
  return {
    file,
    body,
    /** The page's opening (date line's period, main points and key chart), rendered; undefined where it has none. */
    lead: lead && { periodHtml: r.inline(fill(lead.period)), pointsHtml: lead.points.map((x) => r.inline(fill(x))), chart: lead.chart, brief: lead.brief, chartFirst: lead.chartFirst },
    titleHtml: r.inline(title),
    title: r.plain(title),
    description: description.includes("{{") || description !== entry.data.description ? r.plain(description) : description,
    sections: entry.data.sections,
  };
}

/** The proposal's sections, in order. */
export async function proposalSections(config: SiteConfig) {
  const list = (await getCollection("proposal")).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    list.map(async (e) => {
      const file = e.filePath ?? `content/proposal/${e.id}.md`;
      const r = await forFile(file, config);
      return { id: `proposal-${e.data.id}`, titleHtml: r.inline(e.data.title), title: r.plain(e.data.title), file, body: e.body ?? "" };
    }),
  );
}
