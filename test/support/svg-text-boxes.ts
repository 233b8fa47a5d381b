/**
 * Estimated boxes of the text in a chart SVG, without a browser: each <text> (or each
 * <tspan> line) placed by its translate() transforms, x/y/dx/dy and text-anchor, sized
 * from its font size with generous per-character widths (DejaVu Sans, the system-ui
 * font on Debian, is among the wider sans faces).
 *
 * Two boxes per line: the ink (capitals and figures 0.8 em above the baseline, and only
 * the letters that descend 0.24 em below it) and the line (1.2 em, as a reader expects
 * lines of text to be spaced). Direct labels must keep a line apart from each other;
 * anything must keep its ink clear of the axes' figures.
 */
import { parseHTML } from "linkedom";

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TextBox extends Rect {
  text: string;
  /** Plot's axis tick labels (tabular figures on their group), or any other text. */
  kind: "tick" | "label";
  /** Which <text> element the line belongs to: lines of one element are spaced by design. */
  element: number;
  /** Where the glyphs are: the line's letters, and the stretch of any that descend. */
  ink: Rect[];
}

const NARROW = new Set([...".,:;'|!iljtfr()[] "]);
function advance(ch: string, bold: boolean): number {
  const em = NARROW.has(ch) ? 0.36 : /[A-Z0-9£%–—+]/.test(ch) ? 0.7 : /[mwMW]/.test(ch) ? 0.9 : 0.62;
  return em * (bold ? 1.1 : 1);
}
const DESCENDS = /[gjpqy(),;]/;

type El = { tagName: string; getAttribute(n: string): string | null; parentElement: El | null; children: ArrayLike<El>; textContent: string | null };

function inherited(el: El | null, read: (e: El) => string | null | undefined): string | undefined {
  for (let e = el; e; e = e.parentElement) {
    const v = read(e);
    if (v) return v;
  }
  return undefined;
}
const styleProp = (e: El, prop: string) => new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(e.getAttribute("style") ?? "")?.[1]?.trim();
const fontSizeOf = (el: El) => parseFloat(inherited(el, (e) => styleProp(e, "font-size") ?? e.getAttribute("font-size")) ?? "10");
const length = (v: string | null, fontSize: number) => (!v ? 0 : v.endsWith("em") ? parseFloat(v) * fontSize : parseFloat(v));

function translation(el: El): [number, number] {
  let x = 0;
  let y = 0;
  for (let e: El | null = el; e; e = e.parentElement) {
    const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(e.getAttribute("transform") ?? "");
    if (m) {
      x += Number(m[1]);
      y += Number(m[2]);
    }
  }
  return [x, y];
}

/** Every line of text in `svg` as estimated boxes, in the SVG's own units. */
export function textBoxes(svg: string): TextBox[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const boxes: TextBox[] = [];
  for (const [element, text] of (Array.from(document.querySelectorAll("text")) as unknown as El[]).entries()) {
    // Plot sets tabular figures on its tick labels' group, as an attribute or (as the
    // charts' renderer rewrites it) a class.
    const group = text.parentElement;
    const kind = group?.getAttribute("font-variant") === "tabular-nums" || /\btabular-nums\b/.test(group?.getAttribute("class") ?? "") ? "tick" : "label";
    const fontSize = fontSizeOf(text);
    const bold = /bold|[6-9]00/.test(inherited(text, (e) => e.getAttribute("font-weight")) ?? "");
    const anchor = inherited(text, (e) => e.getAttribute("text-anchor")) ?? "start";
    const [tx, ty] = translation(text);
    const baseX = tx + length(text.getAttribute("x"), fontSize) + length(text.getAttribute("dx"), fontSize);
    let baseY = ty + length(text.getAttribute("y"), fontSize) + length(text.getAttribute("dy"), fontSize);
    const spans = Array.from(text.children).filter((c) => c.tagName.toLowerCase() === "tspan");
    const lines = spans.length > 0 ? spans.map((s) => ({ s, content: s.textContent ?? "" })) : [{ s: null, content: text.textContent ?? "" }];
    for (const { s, content } of lines) {
      if (s) baseY += length(s.getAttribute("dy"), fontSize);
      const t = content.trim();
      if (!t) continue;
      const edges = [0];
      for (const ch of t) edges.push(edges.at(-1)! + advance(ch, bold) * fontSize);
      const width = edges.at(-1)!;
      const left = anchor === "middle" ? baseX - width / 2 : anchor === "end" ? baseX - width : baseX;
      const ink: Rect[] = [{ left, right: left + width, top: baseY - 0.8 * fontSize, bottom: baseY }];
      const chars = [...t];
      const first = chars.findIndex((c) => DESCENDS.test(c));
      if (first >= 0) {
        const last = chars.length - 1 - [...chars].reverse().findIndex((c) => DESCENDS.test(c));
        ink.push({ left: left + edges[first]!, right: left + edges[last + 1]!, top: baseY, bottom: baseY + 0.24 * fontSize });
      }
      boxes.push({ text: t, kind, element, left, right: left + width, top: baseY - 0.9 * fontSize, bottom: baseY + 0.3 * fontSize, ink });
    }
  }
  return boxes;
}

const meet = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Pairs that clash: two direct labels whose lines overlap (so labels that merely touch
 * are found), or any text whose ink overlaps another's. Tick labels among themselves are
 * Plot's layout and are not compared, nor are the lines of one text element.
 */
export function overlaps(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.element === b.element || (a.kind === "tick" && b.kind === "tick")) continue;
      const clash = a.kind === "label" && b.kind === "label" ? meet(a, b) : a.ink.some((r) => b.ink.some((q) => meet(r, q)));
      if (clash) out.push([a, b]);
    }
  return out;
}
