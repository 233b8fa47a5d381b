/**
 * Chart versions: each chart's published state (its CSV, its entry's text and the newest
 * release it draws on) has a version id derived from that content, and every version is
 * kept in a small ledger in the repository, data/chart-versions/<id>.json, so that an old
 * version can still be shown at /charts/<id>/v/<version>/ after the data have changed.
 *
 * The build appends a version when a chart's content differs from the ledger's last one,
 * and never rewrites an entry. In CI (the environment variable CI set) a ledger that does
 * not already hold the current version stops the build, naming the file: the ledger is
 * history, and history is made by a person building and committing it, not by a fresh
 * clone that would throw its entry away. CHART_VERSIONS=append lets such a build append
 * (test/build/ uses it on a temporary copy).
 *
 * An entry keeps what its version showed, so the old figure is shown as it was: the
 * titles, description, notes, table, CSV rows and both drawings, deflated (fflate) and
 * base64-encoded as one `state` field beside the readable ones.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { z } from "astro/zod";
import { lineOfPath } from "../format/yaml-errors.ts";
import { source, type Source } from "../lib/data/index.ts";
import type { SiteConfig } from "../config/config.ts";
import { perSite } from "../config/per-site.ts";
import { chartCsv } from "../charts/outputs/downloads.ts";
import type { ChartView } from "../charts/types.ts";
import { isoDaySchema } from "../schemas/formats.ts";

/** Why a version was recorded. */
export type VersionReason = "first" | "release" | "correction" | "wording";

/** One line of a chart's ledger. */
export interface VersionEntry {
  version: string;
  /** The day the build recorded it, YYYY-MM-DD. */
  recorded: string;
  reason: VersionReason;
  /** The newest release the chart draws on (data/sources.csv id), and its label. */
  release: { id: string; label: string } | null;
  title: string;
  /** What the version showed (VersionState), deflated and base64-encoded. */
  state: string;
}

/** What a version showed: enough to show it again as it was. */
export interface VersionState {
  title: string;
  subtitle: string;
  alt: string;
  description: string;
  details: string[];
  notes: string[];
  table: ChartView["table"];
  csv: ChartView["csv"];
  sources: string[];
  svg: ChartView["svg"];
  legend: ChartView["legend"];
  /** What the data cannot show, when the chart has a caveat (recorded from December 2026 on). */
  caveat?: string;
}

export interface Ledger {
  chart: string;
  versions: VersionEntry[];
}

export class LedgerError extends Error {}

/** The folder of the ledgers: beside the data they record (the site's data folder). */
export const ledgerDir = (config: SiteConfig) => join(config.paths.data, "chart-versions");
export const ledgerPath = (id: string, config: SiteConfig) => join(ledgerDir(config), `${id}.json`);
/** The ledger's name in messages, as a person would find it: from the working directory when it is below it, else in full. */
const shownPath = (id: string, config: SiteConfig) => {
  const path = ledgerPath(id, config);
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
};

/** The newest statistical release (by reporting year, then date) among a view's sources; else the newest by date. */
export function newestRelease(sources: readonly Source[]): Source | null {
  const order = (s: Source) => [s.reportingYear ?? -1, s.published ?? ""] as const;
  return (
    [...sources].sort((a, b) => {
      const [ya, pa] = order(a);
      const [yb, pb] = order(b);
      return yb - ya || pb.localeCompare(pa);
    })[0] ?? null
  );
}

/** The version id: the first 12 hex digits of SHA-256 over the CSV, the entry's text and the release id. */
export function versionId(csv: string, entryText: string, releaseId: string): string {
  return createHash("sha256").update(`${csv}\u0000${entryText}\u0000${releaseId}`, "utf8").digest("hex").slice(0, 12);
}

export const encodeState = (s: VersionState): string => Buffer.from(deflateSync(strToU8(JSON.stringify(s)), { level: 9 })).toString("base64");
export const decodeState = (s: string): VersionState => JSON.parse(strFromU8(inflateSync(new Uint8Array(Buffer.from(s, "base64"))))) as VersionState;

function read(id: string, config: SiteConfig): Ledger {
  const path = ledgerPath(id, config);
  if (!existsSync(path)) return { chart: id, versions: [] };
  return readLedger(path, id, shownPath(id, config));
}

/** A ledger this size is not one the build wrote (a version is a few kB to some tens of kB); it is refused unread. */
export const MAX_LEDGER_BYTES = 32 * 1024 * 1024;

const day = isoDaySchema;
const entrySchema = z.object({
  // The version id is a folder of the built site (/charts/<id>/v/<version>/): nothing but the hash.
  version: z.string().regex(/^[0-9a-f]{12}$/, "expected 12 lower-case hex digits"),
  recorded: day,
  reason: z.enum(["first", "release", "correction", "wording"]),
  release: z.object({ id: z.string().min(1), label: z.string().min(1) }).nullable(),
  title: z.string(),
  state: z.string(),
});
const ledgerSchema = (id: string) => z.object({ chart: z.literal(id), versions: z.array(entrySchema) });
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** What a stored state must hold for its version's pages, CSV and differences to be made from it. */
const stateSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  alt: z.string(),
  description: z.string(),
  details: z.array(z.string()),
  notes: z.array(z.string()),
  table: z.object({ caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.unknown()).min(1)) }),
  csv: z.object({ columns: z.array(z.string()), rows: z.array(z.array(cell)) }),
  sources: z.array(z.string()),
  svg: z.object({ wide: z.string(), narrow: z.string() }),
  legend: z.array(z.object({ series: z.string(), label: z.string() })),
  caveat: z.string().optional(),
});

/**
 * The ledger of chart `id` in the file at `path` (`shown` names it in errors). A ledger is
 * data: anything the build did not write (a field of the wrong type, a version id that is not
 * a hash, a state that does not decode) stops the build, naming the file, line and field.
 */
export function readLedger(path: string, id: string, shown: string): Ledger {
  let text: string;
  let parsed: unknown;
  try {
    const size = statSync(path).size;
    if (size > MAX_LEDGER_BYTES) throw new LedgerError(`${shown}: ${Math.round(size / 2 ** 20)} MB, more than any ledger the build writes (at most ${MAX_LEDGER_BYTES / 2 ** 20} MB); not read`);
    text = readFileSync(path, "utf8");
    parsed = JSON.parse(text);
  } catch (e) {
    if (e instanceof LedgerError) throw e;
    throw new LedgerError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
  const at = (where: (string | number)[], message: string) => new LedgerError(`${shown}:${lineOfPath(text, where)}: ${where.join(".") || "(file)"}: ${message}`);
  const result = ledgerSchema(id).safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw at(first.path as (string | number)[], first.message);
  }
  const ledger = result.data as Ledger;
  const seen = new Set<string>();
  ledger.versions.forEach((v, i) => {
    if (seen.has(v.version)) throw at(["versions", i, "version"], `${v.version} is already recorded above; a version is recorded once`);
    seen.add(v.version);
    let state: unknown;
    try {
      state = decodeState(v.state);
    } catch (e) {
      throw at(["versions", i, "state"], `not a state the build wrote (deflated JSON, base64): ${(e as Error).message}`);
    }
    const s = stateSchema.safeParse(state);
    if (!s.success) throw at(["versions", i, "state"], `${s.error.issues[0]!.path.join(".") || "(state)"}: ${s.error.issues[0]!.message}`);
  });
  return ledger;
}

/** The state a view shows now. */
export function stateOf(view: ChartView): VersionState {
  return {
    title: view.title,
    subtitle: view.subtitle,
    alt: view.alt,
    description: view.description,
    details: view.details,
    notes: view.notes,
    table: view.table,
    csv: view.csv,
    sources: view.sources.map((s) => s.id),
    svg: view.svg,
    legend: view.legend,
    ...(view.caveat === undefined ? {} : { caveat: view.caveat }),
  };
}

/** Why the new state differs from the last: a newer release, changed values, or wording only. */
function reasonFor(last: VersionEntry | undefined, release: string | null, csv: string): VersionReason {
  if (!last) return "first";
  if ((last.release?.id ?? null) !== release) return "release";
  return chartCsv({ csv: decodeState(last.state).csv } as ChartView) === csv ? "wording" : "correction";
}

/** Each site's ledgers, by chart id, read (and appended to) once a build. */
const ledgersOf = perSite((): Map<string, Ledger> => new Map());

/**
 * The chart's ledger, with its current state as the last version: appended (and the file
 * written) when the content changed, unless in CI, where a stale ledger stops the build.
 * `entryText` is the chart's content entry as written (ChartDefinition.entryText).
 */
export function chartLedger(id: string, view: ChartView, entryText: string, config: SiteConfig): Ledger {
  const ledgers = ledgersOf(config);
  const known = ledgers.get(id);
  if (known) return known;
  const release = newestRelease(view.sources);
  const csv = chartCsv(view);
  const version = versionId(csv, entryText, release?.id ?? "");
  const ledger = read(id, config);
  const last = ledger.versions.at(-1);
  if (last?.version !== version) {
    if (ledger.versions.some((v) => v.version === version))
      throw new LedgerError(`${shownPath(id, config)}: the chart's content is again that of version ${version}, which is not the last; a version can be recorded only once (add the return as a correction by hand, with a new id)`);
    if (config.chartVersions === "check")
      throw new LedgerError(
        `${shownPath(id, config)}: the chart's content changed (version ${version}) and the committed ledger does not record it. Build locally (npm run build) to append the version, and commit the ledger.`,
      );
    ledger.versions.push({
      version,
      recorded: new Date().toISOString().slice(0, 10),
      reason: reasonFor(last, release?.id ?? null, csv),
      release: release ? { id: release.id, label: release.release } : null,
      title: view.title,
      state: encodeState(stateOf(view)),
    });
    mkdirSync(ledgerDir(config), { recursive: true });
    writeFileSync(ledgerPath(id, config), JSON.stringify(ledger, null, 1) + "\n");
  }
  ledgers.set(id, ledger);
  return ledger;
}

/** A stored version as a view the chart components can lay out (no picker: its values file is the latest's). */
export function viewOf(id: string, entry: VersionEntry, config: SiteConfig, currentCaveat?: string): ChartView {
  const s = decodeState(entry.state);
  // A version recorded before states kept the caveat shows the chart's caveat as it is now:
  // it says what the data cannot show, which holds for every version drawn from that data,
  // and a caveat is shown wherever the chart is (test/static/chart-caveats.test.ts).
  const caveat = s.caveat ?? currentCaveat;
  return { id, title: s.title, subtitle: s.subtitle, alt: s.alt, description: s.description, details: s.details, notes: s.notes, table: s.table, csv: s.csv, svg: s.svg, legend: s.legend, sources: s.sources.map((sid) => source(sid, config)), ...(caveat === undefined ? {} : { caveat }) };
}
