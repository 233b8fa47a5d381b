/**
 * A chart's caveat (what the data cannot show, content/charts/<id>.yaml) goes wherever the
 * chart goes; an earlier version's page shows the caveat recorded with that version. Read from the built files: every page that places the chart, its embed page,
 * the page's og and twitter descriptions, the standalone SVG, the PNG (the same SVG
 * rasterised), the bundle's README and datapackage.json, and the oEmbed response. The share
 * images are drawn by socialSvg, checked in test/unit/charts/caveats.test.ts. Which of this
 * site's charts have a caveat is checked in test/story/static/chart-caveats.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { loadChartEntries } from "../../src/charts/entries.ts";
import { typeset } from "../../src/format/typography.ts";
import { svgToPng, PNG_WIDTH } from "../../src/charts/outputs/png.ts";
import { builtDoc, builtPages, DIST } from "../support/pages.ts";
import { decodeState } from "../../src/features/ledger.ts";

const entries = loadChartEntries("content").filter((e) => e.entry.caveat !== undefined);
const html = (path: string) => builtDoc(path);
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
/**
 * The caveat a page shows: a version's page or embed, the one its ledger recorded with it (a
 * version keeps its own words), or the chart's caveat where it recorded none; every
 * other page, the chart's caveat.
 */
function caveatShown(path: string, id: string, current: string): string {
  const version = new RegExp(`^/(?:charts|embed)/${id}/v/([0-9a-f]+)/$`).exec(path)?.[1];
  if (!version) return current;
  const ledger = JSON.parse(readFileSync(join("data", "chart-versions", `${id}.json`), "utf8")) as { versions: { version: string; state: string }[] };
  const entry = ledger.versions.find((v) => v.version === version);
  expect(entry, `${path}: a version the ledger records`).toBeDefined();
  const recorded = decodeState(entry!.state).caveat;
  return recorded === undefined ? current : typeset(recorded);
}
/** The words of an SVG's <text> lines, joined: a caveat wrapped over lines reads as one. */
const svgWords = (svg: string) => flat([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ").replaceAll("&apos;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));

describe("a chart's caveat is in every output of the chart", () => {
  // The caveat as the entry writes it, typeset as every chart word is where it is bound (bind.ts).
  describe.each(entries.map((e) => [e.id, typeset(e.entry.caveat!)] as const))("%s", (id, caveat) => {
    it("every page that places the chart, and its embed page, show it with the chart", () => {
      const pages = builtPages().filter((p) => html(p).querySelector(`figure[data-chart="${id}"]`));
      expect(pages).toEqual(expect.arrayContaining([`/charts/${id}/`, `/embed/${id}/`]));
      for (const p of pages) {
        for (const fig of html(p).querySelectorAll(`figure[data-chart="${id}"]`)) {
          const shown = fig.querySelector("[data-caveat]");
          expect(shown, p).not.toBeNull();
          // Never folded away: not inside a <details>.
          expect(shown!.closest("details"), p).toBeNull();
          expect(flat(shown!.textContent!), p).toBe(caveatShown(p, id, caveat));
        }
      }
    });

    it("the page's description, og:description and twitter:description carry it", () => {
      const doc = html(`/charts/${id}/`);
      for (const sel of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) {
        expect(doc.querySelector(sel)?.getAttribute("content"), sel).toContain(caveat);
      }
    });

    it("the standalone SVG shows it, and the PNG is that SVG drawn", () => {
      const svg = readFileSync(join(DIST, "charts", `${id}.svg`), "utf8");
      expect(svgWords(svg)).toContain(caveat);
      const png = readFileSync(join(DIST, "charts", `${id}.png`));
      expect(Buffer.from(svgToPng(svg, PNG_WIDTH)).equals(png)).toBe(true);
    });

    it("the bundle's README and datapackage.json, and the oEmbed response, carry it", () => {
      const zip = unzipSync(readFileSync(join(DIST, "charts", `${id}.zip`)));
      expect(flat(strFromU8(zip["README.md"]!))).toContain(caveat);
      expect((JSON.parse(strFromU8(zip["datapackage.json"]!)) as { description: string }).description).toContain(caveat);
      expect((JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8")) as { description: string }).description).toContain(caveat);
    });
  });
});
