/**
 * What the notes island does when a note changes outside this page (another tab or
 * window of the same browser, or the browser's own clearing of site data), as pure
 * functions the unit tests can drive. The rule: the reader's text is never lost without
 * a word. A change from elsewhere replaces a note only when this page holds nothing
 * that the change would lose; otherwise this page keeps its text and offers the other.
 */

/** What to do with a note's new stored value. */
export type Incoming =
  /** The field already shows it. */
  | "same"
  /** Show it: this page's text is already stored, and the reader is not writing here. */
  | "update"
  /** Keep this page's text, tell the reader, and offer the other version. */
  | "conflict";

/**
 * `current`: the field's text; `synced`: the text this page last knew to be stored under
 * the note's key; `incoming`: what is stored now ("" when removed); `editing`: the reader
 * is writing in this field (it has the page's focus, which it keeps while the window is
 * in the background).
 */
export function incomingChange(current: string, synced: string, incoming: string, editing: boolean): Incoming {
  if (incoming === current) return "same";
  if (current === "") return "update";
  if (!editing && current === synced) return "update";
  return "conflict";
}

/** Both versions of a note, this page's first, a blank line between; one where they are the same or one is empty. */
export function keepBoth(mine: string, other: string): string {
  const [a, b] = [mine.trimEnd(), other.trim()];
  if (b === "" || a.includes(b)) return mine;
  if (a === "") return other;
  return `${a}\n\n${b}`;
}

/** Section ids stored under `prefix` that the page has no field for: notes that must not be dropped. */
export function orphanIds(storedKeys: readonly string[], prefix: string, known: ReadonlySet<string>): string[] {
  return storedKeys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).filter((id) => id !== "" && !known.has(id));
}

/**
 * Whether the stored notes were cleared behind this page's back: a note this page had
 * stored is gone, and no removal of it was seen (the browser sends no event when site
 * data is cleared in its settings).
 */
export function clearedElsewhere(notes: readonly { synced: string; stored: string }[]): boolean {
  return notes.some((n) => n.synced !== "" && n.stored === "");
}
