/**
 * The numerals check. In <main>, a digit may appear only inside <data>, <time>, a
 * table, a chart figure, code, a key name (<kbd>), or an element whose data-label is on the short list in
 * content/labels.yaml (or names a release in data/sources.csv). Anything else is a
 * figure typed by hand, not bound to the data, and stops the build, naming the page and
 * the content file it came from.
 */
import { parseHTML } from "linkedom";
import { isListedLabel, type Label } from "../../src/lib/markdown/labels.ts";

/** One digit found where it should not be. */
export interface UnboundNumeral {
  /** The text around it. */
  text: string;
  /** The content file the prose came from, when the page marks it (data-content-file). */
  contentFile: string | null;
}

// KBD names a key to press (the "0" that resets the timeline's zoom): a key, not a figure.
// TEXTAREA holds code for readers to copy (the embed snippet), not prose.
const ALLOWED = new Set(["DATA", "TIME", "TABLE", "CODE", "KBD", "PRE", "TEXTAREA", "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "svg", "SVG"]);

/** Every unbound numeral in a page's <main>, in document order; `labels` are the site's (loadLabels). */
export function findUnboundNumerals(html: string, labels: Readonly<Record<string, Label>>, releases: readonly string[] = []): UnboundNumeral[] {
  // An <svg> is skipped whole (ALLOWED), so its content is dropped before parsing: linkedom
  // takes some 40 times as long on a page with a chart of every council's ticks. A nested
  // <svg> would leave its parent's tail outside, to be checked (a false alarm, never a miss).
  const { document } = parseHTML(html.replace(/(<svg\b[^>]*>)[\s\S]*?<\/svg>/g, "$1</svg>"));
  const main = document.querySelector("main");
  if (!main) return [];
  const out: UnboundNumeral[] = [];
  const walk = (el: Element, contentFile: string | null) => {
    if (ALLOWED.has(el.tagName)) return;
    // A chart figure, or a card that stands for one, holds a chart's own titles and data.
    if (el.hasAttribute("data-chart")) return;
    const label = el.getAttribute("data-label");
    if (label !== null) {
      if (/\d/.test(el.textContent ?? "") && !isListedLabel(label, el.textContent ?? "", labels, releases))
        out.push({ text: `data-label="${label}" "${(el.textContent ?? "").trim()}" is not on the list of identifiers`, contentFile });
      return;
    }
    const file = el.getAttribute("data-content-file") ?? contentFile;
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        const m = /\S*\d\S*/.exec(node.textContent ?? "");
        if (m) out.push({ text: m[0], contentFile: file });
      } else if (node.nodeType === 1) walk(node as Element, file);
    }
  };
  walk(main, null);
  return out;
}
