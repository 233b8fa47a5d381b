/**
 * Takes the inline styles out of Plot's SVG, so pages need no 'unsafe-inline' in their
 * Content-Security-Policy and the markup validates:
 *
 * - `style` attributes become SVG presentation attributes (`font-size`, `overflow`, …),
 *   which a policy does not govern;
 * - Plot's own `<style>` element is removed: its rules live in src/styles/charts.css,
 *   by the chart's class;
 * - `font-variant="tabular-nums"` (not a valid value for SVG's font-variant, so the Nu
 *   HTML Checker rejects it) becomes the class `tabular-nums`, styled in charts.css.
 *
 * Anything else is refused with an error naming the chart, so a new style cannot slip
 * back in unnoticed.
 */

/** CSS properties that SVG also accepts as presentation attributes of the same name. */
const PRESENTATION = new Set([
  "fill",
  "fill-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "opacity",
  "overflow",
  "stroke",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "stroke-width",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
]);

/** Declarations that only restate what an SVG already does, so they can be dropped. */
const DEFAULTS: Record<string, string> = { background: "transparent" };

/** The one rule set Plot writes into its `<style>` element, for a given class name. */
function plotDefaultRules(className: string): string {
  return `:where(.${className}) {
  --plot-background: white;
  display: block;
  height: auto;
  height: intrinsic;
  max-width: 100%;
}
:where(.${className} text),
:where(.${className} tspan) {
  white-space: pre;
}`;
}

/** The class whose <style> rules charts.css carries (every chart passes it to Plot). */
export const PLOT_CLASS = "chart-plot";

/** The class that stands for Plot's font-variant="tabular-nums". */
export const TABULAR_NUMS_CLASS = "tabular-nums";

/** Parses a style attribute into [property, value] pairs (Plot writes no `;` inside values). */
export function parseStyle(style: string): [string, string][] {
  return style
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(":");
      return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim()] as [string, string];
    });
}

/** A presentation attribute's value: plain user units where CSS said px. */
function attributeValue(property: string, value: string): string {
  const px = /^(-?\d*\.?\d+)px$/.exec(value);
  return property === "font-size" && px ? px[1]! : value;
}

/**
 * Rewrites `svg` in place as described above. `chart` names the drawing in errors.
 * Throws on any style it cannot express without inline CSS.
 */
export function toPresentation(svg: SVGSVGElement, chart: string): void {
  for (const style of [...svg.querySelectorAll("style")]) {
    const text = style.textContent ?? "";
    if (text.trim() !== plotDefaultRules(PLOT_CLASS)) {
      throw new Error(`${chart}: a <style> element other than Plot's defaults for .${PLOT_CLASS} (pass className: "${PLOT_CLASS}" to Plot, and put other rules in src/styles/charts.css): ${text.slice(0, 120)}`);
    }
    style.remove();
  }
  const styled = [svg, ...svg.querySelectorAll("[style]")].filter((el) => el.hasAttribute("style"));
  for (const el of styled) {
    for (const [property, value] of parseStyle(el.getAttribute("style")!)) {
      if (DEFAULTS[property] === value) continue;
      if (!PRESENTATION.has(property)) {
        throw new Error(`${chart}: <${el.tagName.toLowerCase()}> has style "${property}: ${value}", which has no SVG presentation attribute; set it by class in src/styles/charts.css`);
      }
      el.setAttribute(property, attributeValue(property, value));
    }
    el.removeAttribute("style");
  }
  for (const el of [svg, ...svg.querySelectorAll("[font-variant]")].filter((e) => e.hasAttribute("font-variant"))) {
    const value = el.getAttribute("font-variant");
    if (value !== "tabular-nums") {
      throw new Error(`${chart}: <${el.tagName.toLowerCase()}> has font-variant="${value}"; only tabular-nums is turned into a class`);
    }
    el.removeAttribute("font-variant");
    el.classList.add(TABULAR_NUMS_CLASS);
  }
}
