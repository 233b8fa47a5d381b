/**
 * Reduces a sentence to its pattern, so a test can tell when a description says the same
 * thing the same way twice ("X was above Y in every year shown" for four pairs of series).
 * Names, numbers, years, amounts and lists of them become placeholders; what is left is
 * the sentence's frame.
 */

const NUMBER_WORDS = "no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/** The sentences of a description's lead and of each list item, in order. */
export function sentencesOf(d: { description: string; details: string[] }): string[] {
  return [d.description, ...d.details].flatMap(splitSentences);
}

/** Splits at a full stop, question or exclamation mark followed by a space and a capital or quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["“A-Z£0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pattern of one sentence; `names` are the series or sources it may mention. */
export function sentencePattern(sentence: string, names: readonly string[]): string {
  let s = sentence;
  // Longest first, so "the West Midlands" goes before "West Midlands".
  for (const n of [...names].sort((a, b) => b.length - a.length)) s = s.replace(new RegExp(`${escape(n)}(?:'s|')?`, "gi"), "«S»");
  s = s
    .replace(/£\d+(?:\.\d+)?(?: million| billion|m|bn)?/g, "«N»")
    .replace(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?/g, "«N»")
    .replace(new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, "gi"), "«N»");
  // A list of placeholders is one placeholder: "2018, 2019 and 2021" is "«N»".
  for (let i = 0; i < 3; i++) s = s.replace(/«([NS])»(?:(?:,\s*|\s+and\s+|\s+to\s+|;\s*|\s+or\s+)«\1»)+/g, "«$1»");
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Every pair of sentences in a description that share a pattern. */
export function repeatedPatterns(d: { description: string; details: string[] }, names: readonly string[]): [string, string][] {
  const seen = new Map<string, string>();
  const repeats: [string, string][] = [];
  for (const s of sentencesOf(d)) {
    const p = sentencePattern(s, names);
    const earlier = seen.get(p);
    if (earlier !== undefined) repeats.push([earlier, s]);
    else seen.set(p, s);
  }
  return repeats;
}
