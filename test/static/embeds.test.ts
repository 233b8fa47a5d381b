/**
 * The embed code and the embed pages as their HTML says, read from dist/ without a
 * browser: the code each chart page offers, embed pages without site chrome that open
 * their chart page in a new tab, and oEmbed discovery with the page's own code. How the
 * embeds behave on another site (resizing, forged messages, themes, options) is in
 * test/browser/embed.test.ts.
 */
import { site } from "../support/site.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { embedCodes, embedOrigin } from "../support/embed-codes.ts";
import { builtDoc } from "../support/pages.ts";
import { DIST } from "../support/pages.ts";
import { allCharts } from "../../src/charts/index.ts";

const ids = allCharts(site).map((c) => c.id);
const codes = embedCodes();
const siteOrigin = embedOrigin(codes);
/** An element's accessible name as the simple cases here compute it: aria-label, else its text. */
const nameOf = (el: Element) => (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();

describe("the embed code on each chart page", () => {
  it("is one lazy, titled iframe and one script, with absolute URLs", () => {
    expect([...codes.keys()]).toEqual(ids);
    for (const [id, code] of codes) {
      expect(code, id).toMatch(new RegExp(`^<iframe src="${siteOrigin}/embed/${id}/v/[0-9a-f]{12}/" title="[^"]+" width="100%" height="\\d+" style="[^"]*" loading="lazy"></iframe>\\n<script src="${siteOrigin}/embed\\.js"></script>$`));
    }
  });
});

describe("embed pages", () => {
  it.each(ids)("%s has no site chrome, and links to its chart page in a new tab", (id) => {
    const doc = builtDoc(`/embed/${id}/`);
    expect(doc.querySelectorAll("header, nav, footer, .skip-link").length).toBe(0);
    expect(doc.querySelectorAll("figure.chart h1").length).toBe(1);
    expect(doc.querySelectorAll("figcaption.chart-source a").length).toBeGreaterThan(0);
    const full = [...doc.querySelectorAll("a[href]")].filter((a) => /Full chart/.test(nameOf(a)));
    expect(full).toHaveLength(1);
    expect(full[0]!.getAttribute("href")).toBe(`${siteOrigin}/charts/${id}/`);
    const bases = doc.querySelectorAll("base");
    expect(bases).toHaveLength(1);
    expect(bases[0]!.getAttribute("target")).toBe("_blank");
  });
});

describe("oEmbed", () => {
  it.each(ids)("%s: discovered from its chart and embed pages, with the page's embed code", async (id) => {
    const href = `${siteOrigin}/oembed/${id}.json`;
    for (const path of [`/charts/${id}/`, `/embed/${id}/`]) {
      const links = builtDoc(path).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
      expect(links.length, path).toBe(1);
      expect(links[0]!.getAttribute("href"), path).toBe(href);
    }
    const headings = builtDoc(`/embed/${id}/`).querySelectorAll("h1");
    expect(headings).toHaveLength(1);
    const title = headings[0]!.textContent!.trim();
    // Served as a host would serve it, and the same file as in dist/.
    const res = await fetch(`${inject("baseUrl")}/oembed/${id}.json`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8")));
    expect(body).toMatchObject({ version: "1.0", type: "rich", title, html: codes.get(id) });
    expect(body.provider_name).toBeTruthy();
    expect(body.provider_url).toBe(`${siteOrigin}/`);
    expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
  });
});
