/**
 * Facts only the press reports (timeline events whose sources are all press reports, or
 * marked `confidence: press`), read straight from the YAML so a build step outside Astro can
 * use them, and a check that every sentence of a built file stating one of them attributes
 * it: names the paper (EDITORIAL: "attributed in the same sentence, also
 * in headlines and titles"). The event's `statedAs` lists the words that state it.
 *
 * Sentences are found in every text a reader or another site gets: a page's body, its
 * <title>, meta descriptions (og and twitter included) and labels (aria-label, title, alt,
 * data-tip); the feed's titles and descriptions; the calendar's SUMMARY and DESCRIPTION;
 * every string of a JSON file; the <text>, <title> and <desc> of an SVG; a row of a CSV.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { isPressOnly, pressNames, type KnownSource } from "../../schemas/timeline.ts";

/** A fact only the press reports: the words that state it, and the papers that report it. */
export interface PressOnlyFact {
  /** The event's file, for messages: "2024-10-services-in-house.yaml". */
  event: string;
  statedAs: string[];
  papers: string[];
}

/** The press-only facts of `<contentDir>/timeline`, given the site's sources by id. */
export function pressOnlyFacts(contentDir: string, sources: ReadonlyMap<string, KnownSource>): PressOnlyFact[] {
  const dir = join(contentDir, "timeline");
  if (!existsSync(dir)) return [];
  const out: PressOnlyFact[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const doc = parse(readFileSync(join(dir, name), "utf8")) as { sources?: unknown; confidence?: "read" | "press"; statedAs?: unknown } | null;
    const ids = Array.isArray(doc?.sources) ? doc.sources.map(String) : [];
    const found = ids.map((id) => sources.get(id)).filter((s): s is KnownSource => s !== undefined);
    if (!doc || !isPressOnly(doc, found)) continue;
    const statedAs = Array.isArray(doc.statedAs) ? doc.statedAs.map(String) : [];
    out.push({ event: name, statedAs, papers: pressNames(found) });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
  );

// Elements that end a run of text: what is inside one never runs on into the next.
const BLOCK = /<\/?(p|li|ul|ol|h[1-6]|td|th|tr|table|caption|dt|dd|dl|div|section|article|header|footer|nav|main|aside|figure|figcaption|summary|details|blockquote|title|option|select|label|button|br|hr|svg|text|desc|g)\b[^>]*>/gi;
const LABELS = /\s(?:aria-label|title|alt|content|data-tip)="([^"]*)"/gi;

/** The runs of text a reader may meet in a built file, by its kind (file extension). */
export function textRuns(text: string, ext: string): string[] {
  if (ext === "ics") {
    const unfolded = text.replace(/\r?\n[ \t]/g, "");
    return [...unfolded.matchAll(/^(?:SUMMARY|DESCRIPTION|LOCATION)[^:]*:(.*)$/gm)].map((m) => m[1]!.replace(/\\n/gi, " ").replace(/\\([,;\\])/g, "$1"));
  }
  if (ext === "json") {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    try {
      walk(JSON.parse(text));
    } catch {
      return [text];
    }
    return strings.flatMap((s) => (/<[a-z]/i.test(s) ? textRuns(s, "html") : [s]));
  }
  if (ext === "csv" || ext === "txt") return text.split(/\r?\n/);
  // HTML, XML (the feed) and SVG: labels in attributes, then the text between tags.
  const noCode = text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ");
  const labels = [...noCode.matchAll(LABELS)].map((m) => decode(m[1]!));
  // A table cell is read with its column's heading, as a reader reads it ("Example Gazette: …").
  const tables: string[] = [];
  const rest = noCode.replace(/<table\b[\s\S]*?<\/table>/gi, (t) => {
    tables.push(...tableRuns(t));
    return "\n\n";
  });
  // In the feed and SVG every element is its own run; in a page only block elements end one.
  const boundary = ext === "html" ? BLOCK : /<[^>]*>/g;
  const body = decode(rest.replace(boundary, "\n\n").replace(/<[^>]*>/g, ""))
    // The feed escapes its HTML: tags come out of decoding, so strip them once more.
    .replace(/<\/?[a-z][^>]*>/gi, "\n\n");
  return [...labels, ...tables, ...body.split(/\n\s*\n/)];
}

const cellText = (html: string) => decode(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

/** Each cell of an HTML table as "heading: cell", the heading being its column's in the first row. */
function tableRuns(table: string): string[] {
  const rows = [...table.matchAll(/<tr\b[\s\S]*?<\/tr>/gi)].map((r) => [...r[0].matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((c) => cellText(c[2]!)));
  const caption = cellText(/<caption\b[^>]*>([\s\S]*?)<\/caption>/i.exec(table)?.[1] ?? "");
  const head = rows[0] ?? [];
  return [caption, ...head, ...rows.slice(1).flatMap((cells) => cells.map((c, i) => (head[i] ? `${head[i]}: ${c}` : c)))].filter(Boolean);
}

/** A run of text split into sentences. */
export function sentences(run: string): string[] {
  return run
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Whether a sentence attributes what it says: it names one of the papers that report it.
 * "Reported" or "the press" alone is not enough (a reader cannot check "the press"), as for
 * a press figure in prose (src/lib/markdown/attribution-plugin.ts) and an event's title.
 */
export function attributes(sentence: string, papers: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  return papers.some((p) => lower.includes(p.toLowerCase()));
}

/** Sentences of `text` (a file of kind `ext`) that state a press-only fact without attributing it. */
export function unattributedPressFacts(text: string, ext: string, facts: readonly PressOnlyFact[]): { event: string; sentence: string }[] {
  const out: { event: string; sentence: string }[] = [];
  for (const run of textRuns(text, ext)) {
    for (const sentence of sentences(run)) {
      const lower = sentence.toLowerCase();
      // An address (a feed's link, an anchor named after the event) states nothing.
      if (/^\S+:\/\/\S+$/.test(sentence)) continue;
      for (const f of facts) {
        if (f.statedAs.some((w) => lower.includes(w.toLowerCase())) && !attributes(sentence, f.papers)) out.push({ event: f.event, sentence });
      }
    }
  }
  return out;
}
