/**
 * Turns a chart drawing into the inline SVG markup pages embed. Drawing happens in Node
 * with linkedom's DOM, which is much lighter than a full browser DOM and all Plot needs.
 */
import { parseHTML } from "linkedom";
import { toPresentation } from "./presentation.ts";
import { escapeHtml, escapeText } from "../../format/escape.ts";

/** A fresh, empty document for one drawing. */
export function newDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

export interface SvgLabel {
  /** The accessible name. */
  label: string;
  /** id of the element holding the long description. */
  describedBy: string;
  /** Which layout this is; CSS shows one of them. */
  variant: "wide" | "medium" | "narrow";
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
  return serialiseSvg(svg);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * An SVG element as XML markup. linkedom's outerHTML serialises an HTML document's
 * nodes by HTML rules, which leave `&`, `<` and `>` in attribute values as they are: a
 * chart whose text holds one (an aria-label, a tick's title) is then not XML, so the
 * standalone file, the PNG and the share images cannot be made from it. linkedom escapes
 * attributes only for nodes of a document parsed as XML (importing the drawing into one
 * keeps HTML rules), and no library serialises linkedom's nodes as XML, so this short walk
 * writes elements, attributes and text in linkedom's order and form (the chart snapshots
 * are unchanged), escaping text and attribute values with the site's one escaper.
 * Comments and other nodes are dropped: a drawing has none.
 */
export function serialiseSvg(el: Element): string {
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escapeHtml(a.value)}"`).join("");
  const children = [...el.childNodes]
    .map((n) => (n.nodeType === ELEMENT_NODE ? serialiseSvg(n as Element) : n.nodeType === TEXT_NODE ? escapeText(n.textContent ?? "") : ""))
    .join("");
  return children === "" && el.childNodes.length === 0 ? `<${el.localName}${attrs} />` : `<${el.localName}${attrs}>${children}</${el.localName}>`;
}
