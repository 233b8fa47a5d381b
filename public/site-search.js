/**
 * The search island for /search/: loads the Pagefind index (written by the post-build
 * step) when first needed and lists results. A static file, not bundled: Vite would
 * rewrite the dynamic import of an index that only exists after the build.
 */
(() => {
  const INDEX = "/pagefind/pagefind.js";
  let loading;
  const load = () => (loading ??= import(INDEX));

  /** Appends the excerpt's text, with Pagefind's <mark> highlights as real <mark> elements. */
  const appendExcerpt = (into, excerpt) => {
    excerpt.split(/<\/?mark>/).forEach((part, i) => {
      // A textarea parses its content as text (entities decoded, no elements made).
      const decoder = document.createElement("textarea");
      decoder.innerHTML = part;
      const text = decoder.value;
      if (i % 2) into.append(Object.assign(document.createElement("mark"), { textContent: text }));
      else into.append(text);
    });
  };

  class SiteSearch extends HTMLElement {
    connectedCallback() {
      const form = this.querySelector("form");
      const input = this.querySelector("input");
      const status = this.querySelector(".search-status");
      const list = this.querySelector(".search-results");
      form.hidden = false;
      const run = async (q) => {
        list.replaceChildren();
        if (!q.trim()) return void (status.textContent = "");
        status.textContent = "Searching…";
        try {
          const pf = await load();
          const found = await pf.search(q);
          const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
          status.textContent = data.length
            ? `Results for “${q}”: ${data.length}${found.results.length > data.length ? " shown" : ""}.`
            : `No pages found for “${q}”.`;
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
          status.textContent = "Search could not be loaded. Every section is listed below.";
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
})();
