/**
 * The search form's behaviour. Pagefind's index reader is fetched only when the reader
 * submits a search, so pages cost nothing for search until it is used.
 */
const INDEX = "/pagefind/pagefind.js";

import { fillSlots, readMessages } from "./messages.ts";
import type { Ui } from "../schemas/ui.ts";

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

let loading: Promise<Pagefind> | undefined;
// The path is a runtime URL written by the post-build step, not a module for Vite to bundle.
const load = () => (loading ??= import(/* @vite-ignore */ INDEX) as Promise<Pagefind>);

/** Appends the excerpt's text, with Pagefind's <mark> highlights as real <mark> elements. */
function appendExcerpt(into: HTMLElement, excerpt: string): void {
  excerpt.split(/<\/?mark>/).forEach((part, i) => {
    // A textarea parses its content as text (entities decoded, no elements made).
    const decoder = document.createElement("textarea");
    decoder.innerHTML = part;
    const text = decoder.value;
    if (i % 2) into.append(Object.assign(document.createElement("mark"), { textContent: text }));
    else into.append(text);
  });
}

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector("form");
    const input = this.querySelector("input");
    const status = this.querySelector<HTMLElement>(".search-status");
    const list = this.querySelector<HTMLElement>(".search-results");
    if (!form || !input || !status || !list) return;
    const m = readMessages<Ui["browser"]["search"]>(this);
    form.hidden = false;
    const run = async (q: string) => {
      list.replaceChildren();
      if (!q.trim()) return void (status.textContent = "");
      status.textContent = m.searching;
      try {
        const pf = await load();
        const found = await pf.search(q);
        const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
        status.textContent = data.length
          ? fillSlots(found.results.length > data.length ? m.resultsShown : m.results, { query: q, count: data.length })
          : fillSlots(m.none, { query: q });
        for (const d of data) {
          const li = document.createElement("li");
          const a = Object.assign(document.createElement("a"), { href: d.url, textContent: d.meta.title ?? d.url });
          const p = document.createElement("p");
          appendExcerpt(p, d.excerpt);
          li.append(a, p);
          list.append(li);
        }
      } catch (e) {
        console.error(e);
        status.textContent = m.failed;
      }
    };
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
      void run(input.value);
    });
    const initial = new URLSearchParams(location.search).get("q");
    if (initial) {
      input.value = initial;
      void run(initial);
    }
  }
}
customElements.define("site-search", SiteSearch);
