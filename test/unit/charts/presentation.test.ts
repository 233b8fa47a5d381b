import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { newDocument } from "../../../src/charts/drawing/render.ts";
import { parseStyle, toPresentation } from "../../../src/charts/drawing/presentation.ts";

const svgOf = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document.querySelector("svg")!;

/** A small Plot drawing with the options the site's charts pass, before it is finished. */
function drawn(extra: Record<string, unknown> = {}): SVGSVGElement {
  return Plot.plot({
    document: newDocument(),
    className: "chart-plot",
    style: { fontSize: "13px", background: "transparent", overflow: "visible" },
    marks: [Plot.lineY([1, 3, 2])],
    ...extra,
  }) as SVGSVGElement;
}

describe("Plot's inline styles become presentation attributes and classes", () => {
  it("parses a style attribute into properties and values", () => {
    expect(parseStyle("font-size:13px; background: transparent;overflow:visible;")).toEqual([
      ["font-size", "13px"],
      ["background", "transparent"],
      ["overflow", "visible"],
    ]);
  });

  it("moves Plot's style attribute to attributes, drops its <style> and turns tabular-nums into a class", () => {
    const svg = drawn();
    expect(svg.outerHTML).toContain("<style>");
    expect(svg.outerHTML).toContain('font-variant="tabular-nums"');
    toPresentation(svg, "test");
    expect(svg.hasAttribute("style")).toBe(false);
    expect(svg.getAttribute("font-size")).toBe("13");
    expect(svg.getAttribute("overflow")).toBe("visible");
    expect(svg.querySelector("style")).toBeNull();
    expect(svg.querySelector("[font-variant]")).toBeNull();
    expect(svg.querySelectorAll(".tabular-nums").length).toBeGreaterThan(0);
  });

  it("refuses a style with no presentation attribute, naming the chart and the property", () => {
    const svg = drawn({ style: { fontSize: "13px", maxWidth: "20em" } });
    expect(() => toPresentation(svg, "money (wide)")).toThrow(/money \(wide\): <svg> has style "max-width: 20em"/);
  });

  it("refuses a <style> element that is not Plot's defaults for the site's chart class", () => {
    const svg = drawn({ className: "other-plot" });
    expect(() => toPresentation(svg, "comparators (narrow)")).toThrow(/comparators \(narrow\): a <style> element other than Plot's defaults/);
  });

  it("refuses a font-variant other than tabular-nums", () => {
    const svg = drawn();
    svg.querySelector("[font-variant]")!.setAttribute("font-variant", "small-caps");
    expect(() => toPresentation(svg, "test")).toThrow(/font-variant="small-caps"/);
  });

  it("leaves no style attribute, <style> element or font-variant in any chart's SVG", () => {
    for (const { id } of allCharts(site)) {
      for (const markup of Object.values(chartView(id, site).svg)) {
        const svg = svgOf(markup);
        expect(svg.querySelectorAll("style").length, id).toBe(0);
        expect([svg, ...svg.querySelectorAll("*")].filter((el) => el.hasAttribute("style") || el.hasAttribute("font-variant")).length, id).toBe(0);
      }
    }
  });
});
