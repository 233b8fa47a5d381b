/** Looks up content entries by id, with errors that name the collection and id. */
import { getCollection, getEntry } from "astro:content";
import { forFile } from "./site-markdown.ts";

/** A prose page from content/pages/, with its title rendered (HTML and plain text). */
export async function page(id: string) {
  const entry = await getEntry("pages", id);
  if (!entry) throw new Error(`content/pages/${id}.md: no such page`);
  const file = entry.filePath ?? `content/pages/${id}.md`;
  const r = await forFile(file);
  return { file, body: entry.body ?? "", titleHtml: r.inline(entry.data.title), title: r.plain(entry.data.title), description: entry.data.description, sections: entry.data.sections };
}

/** The proposal's sections, in order. */
export async function proposalSections() {
  const list = (await getCollection("proposal")).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    list.map(async (e) => {
      const file = e.filePath ?? `content/proposal/${e.id}.md`;
      const r = await forFile(file);
      return { id: `proposal-${e.data.id}`, titleHtml: r.inline(e.data.title), title: r.plain(e.data.title), file, body: e.body ?? "" };
    }),
  );
}
