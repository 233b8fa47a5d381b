/**
 * Dates the record does not state but we inferred (a meeting or timeline event with
 * `dateStatus: inferred`), read straight from the YAML so build steps outside Astro can
 * use them, and a check that every place a built file gives such a date says "(inferred)".
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readYaml } from "../../format/yaml-errors.ts";
import { formatIsoDate } from "../../format/date.ts";

/** ISO dates marked inferred in `<contentDir>/meetings` and `<contentDir>/timeline`. */
export function inferredDates(contentDir: string): string[] {
  const found = new Set<string>();
  for (const folder of ["meetings", "timeline"]) {
    const dir = join(contentDir, folder);
    // A site may record no meetings: no folder, no dates.
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      const doc = readYaml(readFileSync(join(dir, name), "utf8"), relative(process.cwd(), join(dir, name))) as { date?: unknown; dateStatus?: unknown } | null;
      if (doc?.dateStatus === "inferred" && doc.date !== undefined) found.add(String(doc.date));
    }
  }
  return [...found].sort();
}

/** Where `text` gives an inferred date in words without "(inferred)" right after it (tags between are skipped). */
export function unqualifiedInferredDates(text: string, dates: readonly string[]): string[] {
  // Calendar lines fold at 75 octets; unfold so a qualifier split across lines still counts.
  const unfolded = text.replace(/\r?\n[ \t]/g, "");
  const out: string[] = [];
  for (const iso of dates) {
    const words = formatIsoDate(iso);
    let at = unfolded.indexOf(words);
    while (at >= 0) {
      const after = unfolded.slice(at + words.length, at + words.length + 80).replace(/<[^>]*>/g, "").trimStart();
      const before = unfolded.slice(Math.max(0, at - 30), at);
      if (!/^(\(inferred|\(probably|inferred|(is|was) inferred)/i.test(after) && !/\b(probably|inferred)\b/i.test(before))
        out.push(unfolded.slice(Math.max(0, at - 40), at + words.length + 20).replace(/\s+/g, " "));
      at = unfolded.indexOf(words, at + words.length);
    }
  }
  return out;
}
