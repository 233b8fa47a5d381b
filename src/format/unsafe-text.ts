/**
 * Characters and cell starts that content and data may not hold, found before they
 * break something later (an SVG that is not valid XML, a page that reads differently from
 * its source, a downloaded CSV cell that a spreadsheet runs as a formula).
 *
 * Hand-written: two regular expressions and a formatter, smaller than any library's API.
 */

// C0 controls other than tab, line feed and carriage return; DEL and the C1 controls;
// the line and paragraph separators; the bidirectional embeddings, overrides and isolates
// (text that displays in a different order from the one it is stored in).
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// The same, and tab, line feed and carriage return too: a data cell is one line of text.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_CELL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A character as a reader can look it up: "U+0007". */
export const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first control character in a file's text (tab and newlines allowed), with its 1-based line and column, or null. */
export function controlCharacterIn(text: string): { line: number; column: number; char: string } | null {
  const m = CONTROL_IN_TEXT.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const line = before.split("\n").length;
  return { line, column: m.index - before.lastIndexOf("\n"), char: m[0] };
}

/** Why a file's text is refused, or null: "control character U+0007 at column 12". */
export function controlCharacterProblem(found: { column: number; char: string }): string {
  return `control character ${codePoint(found.char)} at column ${found.column}; remove it (it breaks or disguises what is published)`;
}

/** Why one data cell is refused for a control character (tab and newlines included), or null. */
export function cellControlProblem(value: string): string | null {
  const m = CONTROL_IN_CELL.exec(value);
  return m ? `control character ${codePoint(m[0])} at position ${m.index + 1}; a cell is one line of plain text` : null;
}

/**
 * Why a text cell is refused as a spreadsheet formula, or null. A spreadsheet opening a
 * CSV runs a cell that begins with "=", "+", "-" or "@" (or a tab or carriage return
 * before one) as a formula. Only text cells are checked: a number field's "-5" is a
 * number (its type is checked separately) and is written as one.
 */
export function formulaProblem(value: string): string | null {
  const first = value[0];
  if (first === undefined || !"=+-@\t\r".includes(first)) return null;
  const shown = first === "\t" ? "a tab" : first === "\r" ? "a carriage return" : `"${first}"`;
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" begins with ${shown}, which a spreadsheet reads as a formula; reword it so it begins otherwise`;
}
