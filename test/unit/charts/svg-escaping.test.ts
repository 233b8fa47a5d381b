/**
 * Chart text holding XML's special characters (`&`, `<`, `>`, quotes) is escaped in every
 * SVG written: the inline drawings, the standalone file and the share images all parse
 * with a strict XML parser, and read back as the text written.
 */
import { sourceCatalogue } from "../../../src/charts/index.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { kinds } from "../../../src/charts/kinds/index.ts";
import { loadChartEntries } from "../../../src/charts/entries.ts";
import { source } from "../../../src/lib/data/index.ts";
import { revisionOf } from "../../../src/lib/data/revisions.ts";
import { standaloneSvg } from "../../../src/charts/outputs/standalone.ts";
import { CARD, SQUARE, socialSvg } from "../../../src/charts/outputs/social-image.ts";
import { serialiseSvg, newDocument } from "../../../src/charts/drawing/render.ts";
import type { RatePer10000Entry } from "../../../src/schemas/chart-entry.ts";
import { assertWellFormedXml, xmlAttributes, xmlText } from "../../support/xml.ts";
import { site } from "../../support/site.ts";


const NASTY = `Tom & Jerry <b>bold</b> > "quoted" 'single' &amp; &#x3c;`;

function nastyView() {
  const loaded = loadChartEntries(site.paths.content).find((e) => e.entry.kind === "rate-per-10000")!;
  const base = loaded.entry as RatePer10000Entry;
  const entry: RatePer10000Entry = {
    ...base,
    title: `Title: ${NASTY}`,
    subtitle: `Subtitle: ${NASTY}`,
    alt: `Alt: ${NASTY}`,
    caption: `Caption: ${NASTY}`,
    axis: { ...base.axis, label: `Axis: ${NASTY}` },
    markers: base.markers.map((m, i) => ({ ...m, label: `Marker ${i}: ${NASTY}`, shortLabel: `M${i} & <` })),
    notes: [`Note: ${NASTY}`],
    details: [`Detail: ${NASTY}`],
  };
  const k = kinds["rate-per-10000"]!;
  return k.chart.build({ id: "nasty", entry, text: () => entry, data: k.gather(entry, site), sources: sourceCatalogue(site), ui: ui(site) });
}

describe("chart text with &, <, >, \" and ' is escaped in every SVG", () => {
  const view = nastyView();
  const files: [string, string][] = [
    ["inline wide drawing", view.svg.wide],
    ["inline narrow drawing", view.svg.narrow],
    ["standalone file", standaloneSvg(view, "https://example.org/charts/nasty/?a=1&b=<2>")],
    ["share card", socialSvg(view, CARD, "example.org")],
    ["square image", socialSvg(view, SQUARE, "example.org")],
  ];

  it.each(files)("the %s parses as XML", (name, svg) => {
    assertWellFormedXml(svg, name);
  });

  it("the drawing's accessible name reads back as the alt text written", () => {
    expect(xmlAttributes(view.svg.wide)[0]!["aria-label"]).toBe(`Alt: ${NASTY}`);
  });

  it("the marker labels and axis label read back as written", () => {
    const text = xmlText(view.svg.wide);
    // The long label runs past the y axis, so every layout draws the short one.
    expect(text).toContain("M0 & <");
    expect(text).toContain("M1 & <");
    expect(text).toContain("Axis:");
    expect(text).not.toContain("&amp;amp;");
  });

  it("the standalone file's title, subtitle and description read back as written", () => {
    const text = xmlText(standaloneSvg(view, "https://example.org/"));
    expect(text).toContain(`Title: ${NASTY}`.slice(0, 20));
    expect(text).toContain(`Alt: ${NASTY}`.replace("Alt: ", "").slice(0, 10));
  });
});

describe("serialiseSvg(element)", () => {
  it("escapes attribute values and text, and reads back to the same strings", () => {
    const document = newDocument();
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("aria-label", NASTY);
    const t = document.createElementNS("http://www.w3.org/2000/svg", "text");
    t.setAttribute("data-x", "a<b");
    t.textContent = NASTY;
    svg.append(t, document.createElementNS("http://www.w3.org/2000/svg", "path"));
    const xml = serialiseSvg(svg as unknown as SVGSVGElement);
    assertWellFormedXml(xml, "test");
    expect(xmlAttributes(xml)).toEqual([{ "aria-label": NASTY }, { "data-x": "a<b" }, {}]);
    expect(xmlText(xml)).toBe(NASTY);
  });

  it("a bare & or < in an attribute is caught by the strict parser (the check can fail)", () => {
    expect(() => assertWellFormedXml(`<svg aria-label="Tom & Jerry"/>`, "planted")).toThrow(/planted is not well-formed XML/);
    expect(() => assertWellFormedXml(`<svg aria-label="a < b"/>`, "planted")).toThrow(/planted/);
    expect(() => assertWellFormedXml(`<svg><text>a < b</text></svg>`, "planted")).toThrow(/planted/);
  });
});
