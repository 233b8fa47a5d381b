/**
 * Turns a chart drawing into the inline SVG markup pages embed. Drawing happens in Node
 * with linkedom's DOM, which is much lighter than a full browser DOM and all Plot needs.
 */
import { parseHTML } from "linkedom";
import { toPresentation } from "./presentation.ts";

/** A fresh, empty document for one drawing. */
export function newDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

export interface SvgLabel {
  /** The accessible name. */
  label: string;
  /** id of the element holding the long description. */
  describedBy: string;
  /** Which layout this is; CSS shows one of the two. */
  variant: "wide" | "narrow";
}

/** Mark an SVG as one image with a name and description, and serialise it. */
export function finishSvg(svg: SVGSVGElement, { label, describedBy, variant }: SvgLabel): string {
  // The SVG is one image to assistive technology; Plot's labels on inner groups would be
  // ignored at best and are invalid ARIA on <g> without a role.
  for (const el of svg.querySelectorAll("[aria-label], [aria-description]")) {
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("aria-describedby", describedBy);
  svg.setAttribute("focusable", "false");
  svg.classList.add("chart-svg", `chart-svg--${variant}`);
  // No inline CSS reaches a page: the site's policy allows styles from its own files only.
  toPresentation(svg, `${describedBy.replace(/-description$/, "")} (${variant})`);
  return svg.outerHTML;
}
