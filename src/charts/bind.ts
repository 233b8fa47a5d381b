/**
 * Binds a chart's words to the values it computes from the data and to the site's
 * figures. A chart entry writes `{{name}}` as prose writes `{{figure.key}}`
 * (src/lib/markdown/figures-plugin.ts): the same braces, the same registry keys, the same
 * errors naming file and line. A name the chart computes itself (a percentage, how many
 * years of how many) comes first; any other name is a key of the figures registry. Chart
 * words stay plain text, since they also name SVGs and fill CSV cells and citations.
 */
import { ContentError, lineOf } from "../lib/markdown/content-error.ts";
import { typeset } from "../format/typography.ts";

/** Values a chart computed, by the name its entry binds them with. */
export type BoundValues = Readonly<Record<string, string | number>>;

/** The site's figures, by key, as plain text; undefined for a key that is not one. */
export type FigureLookup = (key: string) => string | undefined;

/** Where an entry came from, so an error can name the file and the line. */
export interface EntrySource {
  /** Path of the entry as a person would type it: "content/charts/money.yaml". */
  file: string;
  /** The file's text, to find the line of a fault. */
  text?: string;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The names `{{...}}` in `text` binds, in order. */
export function boundNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * `text` with each `{{name}}` replaced by its value, then typeset (‘ ’ “ ”, as page text is:
 * typography.ts), so the words are typographic wherever they go, the drawings included;
 * an unknown name throws a ContentError.
 */
export function bindText(text: string, values: BoundValues, at: EntrySource, field: string, figures: FigureLookup = () => undefined): string {
  return typeset(text.replace(PLACEHOLDER, (raw, name: string) => {
    const v = values[name] ?? figures(name);
    if (v === undefined) {
      throw new ContentError(at.file, lineOf({ file: at.file, source: at.text }, raw), field, `unknown value "${raw}" (this chart binds: ${Object.keys(values).sort().join(", ") || "nothing"}; or a figure key)`);
    }
    return String(v);
  }));
}

/** Every string in `entry`, with the field path that holds it ("notes.1", "markers.0.label"). */
export function entryStrings(entry: unknown, path: string[] = []): { field: string; text: string }[] {
  if (typeof entry === "string") return [{ field: path.join(".") || "(file)", text: entry }];
  if (Array.isArray(entry)) return entry.flatMap((v, i) => entryStrings(v, [...path, String(i)]));
  if (entry && typeof entry === "object") return Object.entries(entry).flatMap(([k, v]) => entryStrings(v, [...path, k]));
  return [];
}

/** `entry` with every string bound; numbers, flags and structure are kept as they are. */
export function bindEntry<E>(entry: E, values: BoundValues, at: EntrySource, figures?: FigureLookup): E {
  const walk = (v: unknown, p: string[]): unknown => {
    if (typeof v === "string") return bindText(v, values, at, p.join("."), figures);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...p, String(i)]));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...p, k])]));
    return v;
  };
  return walk(entry, []) as E;
}

/**
 * Problems with the names an entry binds, checked before anything is built: each name must
 * be one the chart's kind computes or a figure key. Messages are `field: problem`, for the
 * caller to place.
 */
export function unknownNames(entry: unknown, known: ReadonlySet<string>, figures: FigureLookup = () => undefined): { field: string; problem: string }[] {
  return entryStrings(entry).flatMap(({ field, text }) =>
    boundNames(text)
      .filter((n) => !known.has(n) && figures(n) === undefined)
      .map((n) => ({ field, problem: `unknown value "{{${n}}}" (this chart binds: ${[...known].sort().join(", ") || "nothing"}; or a figure key)` })),
  );
}
