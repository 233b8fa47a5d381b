/**
 * Checks that the README and docs/*.md say only what is true of the repository: every
 * relative link reaches a file (and a heading, for a #anchor), every `npm run <x>` is a
 * script in package.json, every environment variable named is read by the code (and
 * every other capitalised name written as code is a constant the code declares), the
 * README's folder map has one row per folder of the tree, and no table row or paragraph
 * is written twice (the README links, the docs explain).
 *
 * Markdown is read with markdown-it, the site's own parser, so links, code and tables are
 * found as a renderer sees them, not by guessing with patterns.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import markdownIt, { type Token } from "markdown-it";

const md = markdownIt();
const href = (t: Token): string => String(t.attrGet("href") ?? "");

/** One markdown file as the checks see it. */
export interface Doc {
  /** Path relative to the repository root, for messages: "docs/data.md". */
  file: string;
  text: string;
}

/** Something found in a doc, with the line it is on. */
interface Found {
  line: number;
  value: string;
}

interface Parsed {
  links: Found[];
  /** Inline code spans and fenced blocks. */
  code: Found[];
  /** All text, code included, as it would read; `inTable` for table cells and code. */
  plain: (Found & { inTable: boolean })[];
  headings: string[];
  /** Table rows: the cells joined; header rows are marked. */
  rows: (Found & { header: boolean; cells: Token[][] })[];
  paragraphs: Found[];
}

function parse(text: string): Parsed {
  const out: Parsed = { links: [], code: [], plain: [], headings: [], rows: [], paragraphs: [] };
  const tokens = md.parse(text, {});
  let line = 1;
  let inHeading = false;
  let inHead = false;
  let inParagraph = false;
  let cells: Token[][] | null = null;
  for (const t of tokens) {
    if (t.map) line = t.map[0] + 1;
    if (t.type === "heading_open") inHeading = true;
    if (t.type === "heading_close") inHeading = false;
    if (t.type === "thead_open") inHead = true;
    if (t.type === "thead_close") inHead = false;
    if (t.type === "paragraph_open") inParagraph = true;
    if (t.type === "paragraph_close") inParagraph = false;
    if (t.type === "tr_open") cells = [];
    if (t.type === "tr_close" && cells) {
      out.rows.push({ line, header: inHead, cells, value: cells.map((c) => c.map((x) => x.content).join("")).join(" | ") });
      cells = null;
    }
    if (t.type === "fence" || t.type === "code_block") {
      out.code.push({ line, value: t.content });
      out.plain.push({ line, value: t.content, inTable: true });
    }
    if (t.type !== "inline") continue;
    const children = t.children ?? [];
    if (cells) cells.push(children);
    if (inHeading) out.headings.push(children.map((c) => c.content).join(""));
    if (inParagraph && !cells) out.paragraphs.push({ line, value: t.content });
    out.plain.push({ line, value: t.content, inTable: cells !== null });
    for (const c of children) {
      if (c.type === "link_open") out.links.push({ line, value: href(c) });
      if (c.type === "code_inline") out.code.push({ line, value: c.content });
    }
  }
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a markdown text, with GitHub's -1, -2 for repeated headings. */
function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const h of parse(text).headings) {
    const slug = headingSlug(h);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Relative links that reach no file, or a heading that is not there. */
export function brokenLinks(doc: Doc, root: string): string[] {
  const problems: string[] = [];
  for (const { line, value } of parse(doc.text).links) {
    if (EXTERNAL.test(value)) continue;
    const [path = "", anchor] = value.split("#", 2);
    const target = path === "" ? join(root, doc.file) : resolve(root, dirname(doc.file), decodeURI(path));
    const where = `${doc.file}:${line}: link "${value}"`;
    if (!existsSync(target)) {
      problems.push(`${where}: ${relative(root, target) || target} does not exist`);
      continue;
    }
    if (anchor && target.endsWith(".md") && !anchorsOf(readFileSync(target, "utf8")).has(anchor)) {
      problems.push(`${where}: ${relative(root, target)} has no heading with the anchor #${anchor}`);
    }
  }
  return problems;
}

/** `npm run <x>`, `npm start` and `npm test` naming no script in package.json. */
export function unknownScripts(doc: Doc, scripts: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const { line, value } of parse(doc.text).plain) {
    for (const m of value.matchAll(/\bnpm (?:run ([A-Za-z0-9:_-]+)|(start|test)\b)/g)) {
      const name = m[1] ?? m[2]!;
      if (!(name in scripts)) problems.push(`${doc.file}:${line}: "npm ${m[1] ? "run " : ""}${name}": package.json has no script "${name}"`);
    }
  }
  return problems;
}

/**
 * Capitalised names a doc writes as code: a code span that is such a name alone
 * (`SITE_URL`, `PORT`), and any `NAME=` assignment inside code.
 */
export function capitalisedNames(doc: Doc): (Found & { assigned: boolean })[] {
  const found: (Found & { assigned: boolean })[] = [];
  for (const { line, value } of parse(doc.text).code) {
    if (/^[A-Z][A-Z0-9_]+$/.test(value.trim())) found.push({ line, value: value.trim(), assigned: false });
    for (const m of value.matchAll(/(?:^|[\s;(&|])([A-Z][A-Z0-9_]*)=/g)) found.push({ line, value: m[1]!, assigned: true });
  }
  return found;
}

/**
 * Whether some code reads the variable: `env.NAME`, `env["NAME"]` or `env?.NAME`, or
 * a quoted "NAME" in a file that reads the environment by a computed key (a list of
 * names looked up in turn).
 */
export function isRead(name: string, sources: readonly string[]): boolean {
  const direct = new RegExp(`\\benv(?:\\?)?(?:\\.${name}\\b|\\[\\s*["'\`]${name}["'\`]\\s*\\])`);
  const quoted = new RegExp(`["'\`]${name}["'\`]`);
  return sources.some((s) => direct.test(s) || (/\benv\[(?!\s*["'`])/.test(s) && quoted.test(s)));
}

/** Whether some code declares a constant (or type, function, class) of this name. */
export function isDeclared(name: string, sources: readonly string[]): boolean {
  const declared = new RegExp(`\\b(?:const|let|var|function|class|enum|type|interface)\\s+${name}\\b`);
  return sources.some((s) => declared.test(s));
}

/**
 * Capitalised names that are neither a variable the code reads nor a constant it
 * declares: a setting that does not exist (or no longer does). A name set in a command
 * (`NAME=value npm run build`) is a variable, so it must be read.
 */
export function unknownNames(doc: Doc, readers: readonly string[], declarers: readonly string[]): string[] {
  return capitalisedNames(doc)
    .filter(({ value, assigned }) => !isRead(value, readers) && (assigned || !isDeclared(value, declarers)))
    .map(({ line, value }) => `${doc.file}:${line}: ${value}: no code reads this environment variable (nor declares a constant of that name)`);
}

/**
 * The README's folder map (the table whose first header is "folder"): one row per
 * folder, each a link to a folder that exists, no folder twice, and every folder of
 * `expected` present.
 */
export function folderMapProblems(doc: Doc, root: string, expected: readonly string[]): string[] {
  const rows = parse(doc.text).rows;
  const start = rows.findIndex((r) => r.header && r.cells[0]?.map((c) => c.content).join("").trim() === "folder");
  if (start === -1) return [`${doc.file}: no folder map (a table whose first column is "folder")`];
  const problems: string[] = [];
  const mapped = new Set<string>();
  for (const row of rows.slice(start + 1)) {
    if (row.header) break;
    const links = (row.cells[0] ?? []).filter((c) => c.type === "link_open").map(href);
    if (links.length !== 1) {
      problems.push(`${doc.file}:${row.line}: a folder map row links exactly one folder; this one links ${links.length}`);
      continue;
    }
    const folder = links[0]!.replace(/\/?$/, "/");
    if (mapped.has(folder)) problems.push(`${doc.file}:${row.line}: ${folder} has two rows`);
    mapped.add(folder);
    const abs = resolve(root, dirname(doc.file), folder);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) problems.push(`${doc.file}:${row.line}: ${folder} is not a folder of the repository`);
  }
  for (const folder of expected) if (!mapped.has(folder)) problems.push(`${doc.file}: the folder map has no row for ${folder}`);
  return problems;
}

/** Table rows (header rows aside) and paragraphs written more than once across the docs. */
export function repeatedText(docs: readonly Doc[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  for (const doc of docs) {
    const { rows, paragraphs } = parse(doc.text);
    const items = [
      ...rows.filter((r) => !r.header).map((r) => ({ line: r.line, key: `row: ${norm(r.value)}`, what: "table row" })),
      // Short paragraphs ("For example:") may fairly repeat; a repeated explanation may not.
      ...paragraphs.filter((p) => norm(p.value).length >= 80).map((p) => ({ line: p.line, key: `paragraph: ${norm(p.value)}`, what: "paragraph" })),
    ];
    for (const { line, key, what } of items) {
      const where = `${doc.file}:${line}`;
      const first = seen.get(key);
      if (first) problems.push(`${where}: this ${what} repeats ${first}: ${key.slice(key.indexOf(":") + 2, key.indexOf(":") + 72)}…`);
      else seen.set(key, where);
    }
  }
  return problems;
}

/** Lines written as table rows that render as text: a row outside any table (after a list, or with no header). */
export function strayRows(doc: Doc): string[] {
  return parse(doc.text)
    .plain.filter((p) => !p.inTable)
    .flatMap(({ line, value }) =>
      value
        .split("\n")
        .map((l, i) => ({ l: l.trim(), at: line + i }))
        .filter(({ l }) => /^\|.*\|$/.test(l))
        .map(({ l, at }) => `${doc.file}:${at}: "${l.slice(0, 60)}" is a table row outside a table`),
    );
}

/** Folders the README's map must show: the top level's and those of src/, scripts/ and test/. */
export function treeFolders(root: string): string[] {
  const ignored = new Set([".git", ...readFileSync(join(root, ".gitignore"), "utf8").split("\n").map((l) => l.trim().replace(/^\//, "").replace(/\/$/, "")).filter((l) => l && !/[*!#]/.test(l))]);
  const dirs = (rel: string) =>
    readdirSync(join(root, rel), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !ignored.has(e.name))
      .map((e) => `${rel ? `${rel}/` : ""}${e.name}/`);
  const top = dirs("");
  return [...top, ...["src", "scripts", "test"].filter((d) => top.includes(`${d}/`)).flatMap((d) => dirs(d))].sort();
}

/** Text of every source file (TypeScript, JavaScript, Astro) at or under these paths. */
export function sourceTexts(root: string, paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) if (name !== "node_modules") walk(join(abs, name));
    } else if (/\.(ts|mts|js|mjs|astro)$/.test(abs)) out.push(readFileSync(abs, "utf8"));
  };
  for (const p of paths) if (existsSync(join(root, p))) walk(join(root, p));
  return out;
}
