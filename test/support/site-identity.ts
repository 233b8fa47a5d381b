/**
 * What makes this repository's own site this site: every name, code and identifier of
 * its council, read from its configuration (content/site.yaml) and its data (data/), so
 * the list grows with the site instead of being typed by hand. Two tests use it: the
 * engine's code names none of them (test/unit/architecture/no-site-names-in-code.test.ts), and the
 * example site's built output holds none of them (test/build/example-site.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { loadSiteConfig } from "../../src/config/config.ts";

export interface IdentityTerm {
  /** The words, matched case-insensitively and never inside a longer word. */
  term: string;
  /** Where it comes from: "content/site.yaml areas[0].name". */
  from: string;
}

/** An area code as DfE and ONS publish it: a capital letter and eight digits. */
const CODE = /\b[A-Z]\d{8}\b/g;

/**
 * Words the configuration and the data hold only inside sentences, picked by hand: the
 * homes named in press reports and the towns they stand in (the data keeps them in the
 * prose of each source's account, data/homes*.csv or src/lib/data/homes.ts, not as
 * fields of their own), and the county town, which no area of the site is named after.
 */
const HAND_PICKED: readonly string[] = ["Old Hollow", "Oak House", "Rivendell", "The Riddings", "Orchardene", "Malvern", "Tenbury", "Bromsgrove", "Bricklehampton", "Pershore", "Worcester"];

/** "Worcestershire County Council" → "WCC": councils' initials name them in ids ("wcc-news-…"). */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  return parsed.data;
}

/** Every term that names this repository's site (root: the repository), each with where it comes from. */
export function siteIdentityTerms(root: string): IdentityTerm[] {
  const config = loadSiteConfig({ SITE_DIR: root }, () => new Date(), root);
  const terms: IdentityTerm[] = [];
  const add = (term: string | null | undefined, from: string) => {
    if (term && term.trim()) terms.push({ term: term.trim(), from });
  };
  const cfg = "content/site.yaml";
  add(config.name, `${cfg} name`);
  add(config.council.name, `${cfg} council.name`);
  add(initials(config.council.name), `${cfg} council.name (initials)`);
  add(config.council.area, `${cfg} council.area`);
  config.areas.forEach((a, i) => {
    for (const field of ["name", "shortLabel", "prose", "code", "key"] as const) add(a[field], `${cfg} areas[${i}].${field}`);
    a.otherCodes.forEach((c, j) => add(c, `${cfg} areas[${i}].otherCodes[${j}]`));
  });
  for (const [k, v] of Object.entries(config.identifiers)) add(v, `${cfg} identifiers.${k}`);
  // Read with no host variable set: an address here is the one site.yaml gives.
  if (!config.publicUrl.local) add(new URL(config.publicUrl.href).host, `${cfg} publicUrl`);

  const data = config.paths.data;
  const pkg = JSON.parse(readFileSync(join(data, "datapackage.json"), "utf8")) as { resources: { name: string; path: string }[] };
  for (const r of pkg.resources) {
    const rows = readCsv(join(data, r.path));
    rows.forEach((row, i) => {
      for (const [field, value] of Object.entries(row)) {
        // Every area code the data holds: this site's areas and every council it compares.
        for (const code of value?.match(CODE) ?? []) add(code, `data/${r.path} row ${i + 2} ${field}`);
      }
      // The councils named as this council's statistical neighbours.
      if ("neighbour_of" in row) add(row.area_name, `data/${r.path} row ${i + 2} area_name`);
    });
    if (r.name === "sources") {
      // Statistics publishers serve every council alike (the DfE importer's own); the
      // council, the press and other councils' records belong to this story.
      const statistics = new Set(rows.filter((s) => s.kind === "official statistics").map((s) => s.publisher));
      rows.forEach((s, i) => {
        add(s.id, `data/${r.path} row ${i + 2} id`);
        if (statistics.has(s.publisher!)) return;
        for (const p of s.publisher!.split(" / ")) {
          add(p, `data/${r.path} row ${i + 2} publisher`);
          if (/\bCouncil$/.test(p)) add(initials(p), `data/${r.path} row ${i + 2} publisher (initials)`);
        }
      });
    }
  }
  for (const w of HAND_PICKED) add(w, "hand-picked (test/support/site-identity.ts)");

  // One entry per term, keeping the first place it came from.
  const seen = new Map<string, IdentityTerm>();
  for (const t of terms) if (!seen.has(t.term.toLowerCase())) seen.set(t.term.toLowerCase(), t);
  return [...seen.values()];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern matching any of the terms, case-insensitively, never inside a longer word. */
export function termPattern(terms: readonly IdentityTerm[]): RegExp {
  // Longest first, so "North Yorkshire County Council" is reported rather than "North Yorkshire".
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  return new RegExp(sorted.map((t) => `(?<![A-Za-z0-9])${escape(t.term)}(?![A-Za-z0-9])`).join("|"), "gi");
}

export interface Hit {
  line: number;
  term: string;
  text: string;
}

/** Every place in `text` that names a term: its line, the term as written and the words around it. */
export function findTerms(text: string, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  text.split("\n").forEach((line, i) => {
    // Each match with the words around it: a built page is a few very long lines.
    for (const m of line.matchAll(pattern)) hits.push({ line: i + 1, term: m[0], text: line.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80).trim() });
  });
  return hits;
}
