/** Letter case for words that may start a sentence or a line. */

/** The same words starting a sentence or a line: "the first version recorded" → "The first version recorded". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
