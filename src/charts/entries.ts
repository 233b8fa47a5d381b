/**
 * The charts of a site: one content entry per chart, <content>/charts/<id>.yaml, the one
 * list of chart ids. The file's name is the id, `order` places it in the story, `topic`
 * is a link's words, `kind` names the module that draws it (kinds/index.ts). Entries are checked
 * before anything is built, with errors naming file, line and field.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { z, type ZodType } from "astro/zod";
import { validateYamlText } from "../format/yaml-errors.ts";
import { chartLedgerSchema, type ChartEntry } from "../schemas/chart-entry.ts";
import { unknownNames, type FigureLookup } from "./bind.ts";
import { figureRegistry, figureText } from "../lib/figures/site-registry.ts";
import { kinds, siteTables } from "./kinds/index.ts";
import type { SiteConfig } from "../config/config.ts";
import type { TableLookup } from "./site-table.ts";

/** What bound names and named tables are checked against: the figures registry and the data package. */
interface Against {
  figures: FigureLookup;
  tables: TableLookup;
}

/** A chart entry as read from its file. */
export interface LoadedEntry {
  id: string;
  /** Path as a person would type it, for messages: "content/charts/money.yaml". */
  file: string;
  /** The file's text, to find the line of a fault. */
  text: string;
  entry: ChartEntry;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const shown = (path: string) => relative(process.cwd(), path) || path;

/** The folder of chart entries in a content folder. */
export const chartsDir = (contentDir: string) => join(contentDir, "charts");

/** The file of published chart URLs in a content folder. */
export const ledgerFile = (contentDir: string) => join(contentDir, "published-charts.yaml");

/**
 * The schema an entry of `kind` is checked against: its kind's, with every bound name known
 * and, for a kind drawn from the site's own tables, every resource and column it names there
 * (when `against` is given: both read the data package, validated by then).
 */
function entrySchema(k: (typeof kinds)[string], against?: Against): ZodType {
  if (!against) return k.chart.entry;
  const { figures, tables } = against;
  const path = (field: string) => field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return k.chart.entry.superRefine((entry, ctx) => {
    for (const u of unknownNames(entry, new Set(k.chart.binds(entry as ChartEntry)), figures)) {
      ctx.addIssue({ code: "custom", path: path(u.field), message: u.problem });
    }
    for (const p of k.chart.problems?.(entry as ChartEntry, tables) ?? []) ctx.addIssue({ code: "custom", path: path(p.field), message: p.problem });
    const absent = k.resources.filter((r) => !tables(r));
    if (absent.length > 0) ctx.addIssue({ code: "custom", path: ["kind"], message: `a chart of kind ${(entry as ChartEntry).kind} draws from ${absent.map((r) => `"${r}"`).join(", ")}, which the site's data/datapackage.json does not list` });
  });
}

const kindOnly = z.object({ kind: z.enum(Object.keys(kinds) as [string, ...string[]], { message: `unknown chart kind; the kinds are ${Object.keys(kinds).sort().join(", ")}` }) });

/**
 * Every problem with the chart entries of `contentDir`, bound names included (a name must
 * be one the kind computes or a figure key); empty when all are good. Run once the data
 * package is known to be good: figure keys come from it.
 */
export function chartEntryProblems(contentDir: string, config: SiteConfig): string[] {
  let registry;
  try {
    registry = figureRegistry(contentDir, config);
  } catch (e) {
    const file = shown(join(contentDir, "reported-figures.yaml"));
    return [`${file}:1: (file): the figures registry cannot be built, so chart entries' bound names are not checked: ${(e as Error).message.split("\n")[0]}`, ...readEntries(contentDir).problems];
  }
  return readEntries(contentDir, { figures: (key) => figureText(registry, key), tables: siteTables(config) }).problems;
}

/**
 * The entries and their problems. Bound names are checked only when `against` is given:
 * the registry reads the data package, which the build validates first (scripts/build.ts),
 * so merely listing the charts must not read it.
 */
function readEntries(contentDir: string, against?: Against): { entries: LoadedEntry[]; problems: string[] } {
  const dir = chartsDir(contentDir);
  if (!existsSync(dir)) return { entries: [], problems: [] };
  const problems: string[] = [];
  const entries: LoadedEntry[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
    const path = join(dir, name);
    const file = shown(path);
    const text = readFileSync(path, "utf8");
    const id = name.slice(0, -".yaml".length);
    if (!ID.test(id)) problems.push(`${file}:1: (file): the name is the chart's id and URL: lower-case words joined by hyphens`);
    const kindErrors = validateYamlText(text, file, kindOnly.passthrough());
    if (kindErrors.length > 0) {
      problems.push(...kindErrors);
      continue;
    }
    const data = parseDocument(text).toJS() as { kind: string };
    const k = kinds[data.kind]!;
    const errors = validateYamlText(text, file, entrySchema(k, against));
    if (errors.length > 0) {
      problems.push(...errors);
      continue;
    }
    entries.push({ id, file, text, entry: k.chart.entry.parse(data) });
  }
  const orders = new Map<number, string>();
  for (const e of entries) {
    const other = orders.get(e.entry.order);
    if (other) problems.push(`${e.file}:${lineOfKey(e.text, "order")}: order: ${e.entry.order} is also the order of ${other}`);
    orders.set(e.entry.order, e.id);
  }
  return { entries: entries.sort((a, b) => a.entry.order - b.entry.order), problems };
}

const lineOfKey = (text: string, key: string) => text.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1;

/** The kinds the good chart entries of `contentDir` use (a kind can bring a feature: ui.ts, FEATURE_WORDS). */
export function chartKindsUsed(contentDir: string): Set<string> {
  return new Set(readEntries(contentDir).entries.map((e) => e.entry.kind));
}

/** The chart entries of `contentDir`, in story order; throws with every problem. */
export function loadChartEntries(contentDir: string): LoadedEntry[] {
  const { entries, problems } = readEntries(contentDir);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return entries;
}

/** Every file under `dir`, recursively, whose name ends in one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return filesUnder(path, exts);
    return exts.some((x) => d.name.endsWith(x)) ? [path] : [];
  });
}

/**
 * Charts that content names but the site does not have: a `[[chart:<id>]]` line in
 * markdown, or a `chart: <id>` field in YAML (a claim's chart), each with file and line.
 */
export function chartReferenceProblems(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  const ids = new Set(readEntries(contentDir).entries.map((e) => e.id));
  const charts = chartsDir(contentDir);
  const problems: string[] = [];
  for (const path of filesUnder(contentDir, [".md", ".yaml"]).filter((p) => !p.startsWith(charts)).sort()) {
    const lines = readFileSync(path, "utf8").split("\n");
    const pattern = path.endsWith(".md") ? /^\s*\[\[chart:([a-z0-9-]+)/ : /^\s*(?:-\s+)?chart:\s*["']?([^"'\s#]+)/;
    lines.forEach((line, i) => {
      const id = pattern.exec(line)?.[1];
      if (id && !ids.has(id)) problems.push(`${shown(path)}:${i + 1}: chart: "${id}" is not a chart of this site (no ${shown(join(charts, `${id}.yaml`))})`);
    });
  }
  return problems;
}

/** The published ids and redirects of `contentDir`, and where they are written. */
export interface ChartLedger {
  file: string;
  /** False for a site that has no ledger yet. */
  exists: boolean;
  published: string[];
  redirects: { from: string; to: string }[];
}

/** Problems with the ledger file itself (its schema); a site without one has published nothing yet. */
export function ledgerProblems(contentDir: string): string[] {
  const path = ledgerFile(contentDir);
  return existsSync(path) ? validateYamlText(readFileSync(path, "utf8"), shown(path), chartLedgerSchema) : [];
}

/** The ledger of `contentDir`: empty lists where the site has no file yet. */
export function loadLedger(contentDir: string): ChartLedger {
  const path = ledgerFile(contentDir);
  const problems = ledgerProblems(contentDir);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const data = existsSync(path) ? chartLedgerSchema.parse(parseDocument(readFileSync(path, "utf8")).toJS() ?? {}) : { published: [], redirects: [] };
  return { file: shown(path), exists: existsSync(path), ...data };
}
