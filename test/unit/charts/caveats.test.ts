/**
 * A chart's caveat (content/charts/<id>.yaml: what the data cannot show) is drawn into
 * every image of the chart: the standalone SVG (and so its PNG), the 1200×630 card and the
 * 1080×1080 square. The built files are checked in test/static/chart-caveats.test.ts; which of
 * this site's charts have a caveat, in test/story/unit/caveats.test.ts.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import { loadChartEntries } from "../../../src/charts/entries.ts";
import { chartView } from "../../../src/charts/index.ts";
import { typeset } from "../../../src/format/typography.ts";
import { standaloneSvg } from "../../../src/charts/outputs/standalone.ts";
import { CARD, SQUARE, socialSvg } from "../../../src/charts/outputs/social-image.ts";
import { chartPackage, chartReadme } from "../../../src/charts/outputs/bundle.ts";
import { oembedResponse } from "../../../src/features/oembed.ts";

const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const svgWords = (svg: string) => flat([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ").replaceAll("&apos;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
const withCaveat = loadChartEntries("content").filter((e) => e.entry.caveat !== undefined);

// Drawing share images measures text with resvg: slow on a busy machine.
describe("charts with a caveat", { timeout: 30_000 }, () => {
  describe.each(withCaveat.map((e) => e.id))("%s", (id) => {
    const view = chartView(id, site);
    it("the view carries the entry's caveat", () => {
      // As bound: typeset, with its quotes curly (bind.ts).
      expect(view.caveat).toBe(typeset(withCaveat.find((e) => e.id === id)!.entry.caveat!));
    });
    it("the standalone SVG (the PNG's source), the card and the square show it", () => {
      expect(svgWords(standaloneSvg(view, "https://example.org/charts/x/"))).toContain(view.caveat);
      expect(svgWords(socialSvg(view, CARD, "example.org"))).toContain(view.caveat);
      expect(svgWords(socialSvg(view, SQUARE, "example.org"))).toContain(view.caveat);
    });
    it("the bundle's README and datapackage.json, and the oEmbed response, give it", () => {
      expect(flat(chartReadme(view, "https://example.org/", site))).toContain(view.caveat);
      expect(chartPackage(view, "https://example.org/", site).description).toContain(view.caveat);
      expect(oembedResponse({ name: "Example", url: "https://example.org/" }, view).description).toContain(view.caveat);
    });
  });
});
