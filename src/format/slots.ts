/**
 * `{name}` slots in the site's wording (content/ui.yaml): found and filled the one way,
 * at build time and in the browser alike. No imports, so browser bundles can use it.
 */

/** A `{name}` slot: single braces, never the `{{…}}` of a bound figure. */
export const SLOT = /(?<!\{)\{([a-zA-Z][a-zA-Z0-9]*)\}(?!\})/g;

/** The slots a text uses, in order. */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]!);
}

/** Markup to place in a slot as it is (already escaped by whoever built it). */
export interface Html {
  html: string;
}

export type SlotValue = string | number | Html;

/**
 * `text` with each `{name}` slot replaced: a string or number through `escape`, an Html
 * value as it is. A slot the caller does not fill is a mistake in code, named in the error.
 */
export function fillSlots(text: string, slots: Readonly<Record<string, SlotValue>>, escape: (s: string) => string = (s) => s): string {
  return text.replace(SLOT, (_, name: string) => {
    const v = slots[name];
    if (v === undefined) throw new Error(`no value for the slot {${name}} in "${text}"`);
    return typeof v === "object" ? v.html : escape(String(v));
  });
}
