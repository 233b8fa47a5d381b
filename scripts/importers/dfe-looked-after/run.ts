/**
 * `npm run import -- <file.csv> [--area CODE]... [--councils] [--check]`, as a function: arguments
 * and output streams in, exit code out, so tests run it in-process.
 *
 * Exit codes: 0 done (or --check found no difference); 1 --check found differences;
 * 2 bad arguments, an unreadable or malformed file, or project data that fails validation.
 */
import { readFileSync } from "node:fs";
import { rename, stat, writeFile, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { AREA_CODE_RULE, isAreaCode } from "../../../src/schemas/formats.ts";
import { DataValidationError, loadPackage, type LoadedPackage } from "../../../src/lib/data/load-package.ts";
import { formatCell, type Row } from "../../../src/format/table-schema.ts";
import { writeCsv } from "../../../src/lib/data/write-csv.ts";
import { defaultAreas, projectCode } from "./areas.ts";
import { unifyByLaNumber, type Fold } from "./la-numbers.ts";
import { mergeValues, sortRows, tally, type Change } from "./merge.ts";
import { readDfeFile, type Progress } from "./read-dfe-file.ts";
import { releaseIdOf, upsertSource } from "./source-row.ts";
import type { SiteConfig } from "../../../src/config/config.ts";

export interface RunContext {
  /** Where relative file arguments are resolved (npm sets INIT_CWD to the caller's). */
  cwd: string;
  /** The project's data folder. */
  dataDir: string;
  /** The site's configuration: its areas, and the DfE publication a new release's row describes. */
  config: SiteConfig;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where progress goes; absent (CI, tests, a pipe) means no progress display. */
  progress?: NodeJS.WriteStream;
}

const USAGE = "usage: npm run import -- <file.csv> [--area CODE]... [--councils] [--check]";
/** The dataset each mode writes: the site's areas, or every local authority (--councils). */
const TARGET = { areas: "looked-after", councils: "looked-after-councils" } as const;
// Below this size a file reads in well under a second, and progress would only flicker.
const PROGRESS_FROM_BYTES = 10 * 1024 * 1024;

/** Run the importer; resolves to the process exit code. */
export async function runImport(argv: string[], ctx: RunContext): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { area: { type: "string", multiple: true }, councils: { type: "boolean", default: false }, check: { type: "boolean", default: false } } });
  } catch (e) {
    ctx.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length !== 1) {
    ctx.err(USAGE);
    return 2;
  }
  const councils = args.values.councils;
  if (councils && args.values.area) {
    ctx.err(`--councils imports every local authority; it takes no --area\n${USAGE}`);
    return 2;
  }
  const areas = args.values.area ?? defaultAreas(ctx.config.areas);
  const bad = areas.filter((a) => !isAreaCode(a));
  if (bad.length > 0) {
    ctx.err(`--area takes an ONS area code (${AREA_CODE_RULE}); got ${bad.join(", ")}`);
    return 2;
  }
  const path = resolve(ctx.cwd, args.positionals[0]!);
  // Named as the caller gave it where it is under their folder, else in full.
  const named = (p: string) => ((r) => (r && !r.startsWith("..") ? r : p))(relative(ctx.cwd, p));
  const file = named(path);

  let pkg: LoadedPackage;
  try {
    pkg = loadPackage(ctx.dataDir);
  } catch (e) {
    if (!(e instanceof DataValidationError)) throw e;
    ctx.err(`${e.message}\nFix the project's data before importing.`);
    return 2;
  }
  const lookedAfter = pkg.resources.get(councils ? TARGET.councils : TARGET.areas);
  if (!lookedAfter) {
    ctx.err(`${ctx.dataDir}: the data package has no "${councils ? TARGET.councils : TARGET.areas}" resource`);
    return 2;
  }
  const sources = pkg.resources.get("sources")!;

  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    ctx.err(`${file}: cannot be read`);
    return 2;
  }
  const show = ctx.progress && size >= PROGRESS_FROM_BYTES ? progressLine(ctx.progress, councils ? null : areas.length) : undefined;
  let dfe;
  try {
    dfe = await readDfeFile(path, file, {
      areas,
      siteAreas: ctx.config.areas,
      allLocalAuthorities: councils,
      missingCodes: lookedAfter.resource.schema.missingValues ?? [""],
      totalBytes: size,
      ...(show ? { onProgress: show.update } : {}),
    });
  } catch (e) {
    ctx.err(`${file}: cannot be read: ${(e as Error).message}`);
    return 2;
  } finally {
    show?.done();
  }
  if (dfe.errors.length > 0) {
    ctx.err(`${dfe.errors.join("\n")}\n${file}: ${dfe.errors.length} error${dfe.errors.length === 1 ? "" : "s"}; nothing imported.`);
    return 2;
  }
  if (dfe.values.length === 0) {
    const which = councils ? "local authorities" : `the areas ${areas.join(", ")}`;
    ctx.err(`${file}: no values for ${which}; is this a cla_number_and_rate_per_10k_children file?`);
    return 2;
  }
  if (!councils) for (const a of areas) if (!dfe.areasFound.includes(a)) ctx.out(`note: ${a} is not in ${file}`);

  const release = { sourceId: releaseIdOf(dfe), reportingYear: dfe.lastYear };
  const years = new Map(sources.rows.map(({ row }) => [String(row.id), typeof row.reporting_year === "number" ? row.reporting_year : null]));
  years.set(release.sourceId, release.reportingYear);
  const yearOf = (id: string) => years.get(id) ?? null;
  // Every council once a year: codes DfE gives one number are one council (la-numbers.ts).
  const unified = councils
    ? unifyByLaNumber(lookedAfter.rows, dfe.values, { yearOf, projectFile: lookedAfter.file, file, configured: (c) => projectCode(c, ctx.config.areas) })
    : { rows: lookedAfter.rows.map((r) => r.row), values: dfe.values, folds: [] as Fold[], groups: [], errors: [] };
  if (unified.errors.length > 0) {
    ctx.err(`${unified.errors.join("\n")}\n${file}: ${unified.errors.length} error${unified.errors.length === 1 ? "" : "s"}; nothing imported.`);
    return 2;
  }
  const merged = mergeValues(unified.rows, unified.values, release, yearOf);
  const changesFile = join(ctx.dataDir, "area-changes.csv");
  const changes = pkg.resources.get("area-changes")?.rows.map((r) => r.row) ?? [];
  for (const g of unified.groups) {
    for (const other of g.others) {
      const listed = changes.find((c) => c.area_code === other);
      if (!listed || listed.treatment !== "same-area" || listed.project_code !== g.code) {
        ctx.out(`note: ${other} has DfE number ${g.laNumber}, as ${g.code} has, and is kept under ${g.code}; ${named(changesFile)} should say so in a same-area row`);
      }
    }
  }
  const source = upsertSource(
    sources.rows.map((r) => r.row),
    dfe,
    path,
    ctx.config,
  );
  if (source.previousSha256) ctx.out(`note: ${release.sourceId} was recorded with SHA-256 ${source.previousSha256}; this file's is ${dfe.sha256} (DfE may have reissued it)`);

  if (args.values.check) {
    if (source.added) ctx.out(`note: ${release.sourceId} is not in sources.csv yet`);
    for (const f of unified.folds) ctx.out(describeFold(f, true));
    for (const c of merged.changes) if (c.kind !== "same") ctx.out(describe(c, release.sourceId, file, true));
    const { checked, differ } = tally(merged.changes);
    const total = differ + unified.folds.length;
    ctx.out(`checked ${checked} values, ${total} differ`);
    return total > 0 ? 1 : 0;
  }

  const fieldsOf = (r: typeof lookedAfter) => r.resource.schema.fields.map((f) => f.name);
  const texts = new Map([
    [join(ctx.dataDir, lookedAfter.resource.path), writeCsv(fieldsOf(lookedAfter), sortRows(merged.rows))],
    [join(ctx.dataDir, sources.resource.path), writeCsv(fieldsOf(sources), source.rows)],
  ]);
  try {
    // The merged data must pass the same validation as the build before anything is written.
    loadPackage(ctx.dataDir, (p) => texts.get(p) ?? readFileSync(p, "utf8"));
  } catch (e) {
    if (!(e instanceof DataValidationError)) throw e;
    ctx.err(`${e.message}\nThe merged data would not validate; nothing written.`);
    return 2;
  }
  await writeAll(texts);
  for (const f of unified.folds) ctx.out(describeFold(f, false));
  for (const c of merged.changes) if (c.kind !== "same") ctx.out(describe(c, release.sourceId, file, false));
  for (const c of merged.changes) if (c.noteToReview) ctx.out(`review note: ${label(c)}: "${c.noteToReview}" was written for the old value`);
  const count = (k: Change["kind"]) => merged.changes.filter((c) => c.kind === k).length;
  ctx.out(
    `${release.sourceId} (SHA-256 ${dfe.sha256}): ${dfe.values.length} values for ${dfe.areasFound.length} areas; ` +
      `${count("added")} added, ${count("replaced")} replaced, ${count("revision")} kept from a later release, ${count("same")} unchanged` +
      (unified.folds.length > 0 ? `; ${unified.folds.length} project values moved to their council's one code` : ""),
  );
  return 0;
}

/** Write every file beside its target, then rename: a reader never sees half a file. */
async function writeAll(texts: Map<string, string>): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const [target, text] of texts) {
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, text);
      temps.push([temp, target]);
    }
  } catch (e) {
    await Promise.all(temps.map(([t]) => rm(t, { force: true })));
    throw e;
  }
  for (const [temp, target] of temps) await rename(temp, target);
}

function label(c: Change): string {
  const v = c.value;
  return `${v.areaName} (${v.areaCode}) ${v.year} ${v.measure} ${v.unit}`;
}

/** One line per difference; --check says "differs", an import says what it did. */
function describe(c: Change, sourceId: string, file: string, check: boolean): string {
  const v = c.value;
  const fileSide = `file ${formatValue(v.value)} (${sourceId}, ${file}:${v.line})`;
  const before = c.before;
  const project = before ? `project ${formatValue(before.value!)} (${formatCell(before.source_id!)})` : "not in the project";
  if (c.kind === "revision") return `revision: ${label(c)}: ${fileSide}; ${project}, a later release, is kept`;
  return `${check ? "differs" : c.kind}: ${label(c)}: ${fileSide}; ${project}`;
}

/** A project row under a second code of a council, and where it goes. */
function describeFold(f: Fold, check: boolean): string {
  const r = f.row;
  const what = `${formatCell(r.area_name!)} (${formatCell(r.area_code!)}) ${formatCell(r.year!)} ${formatCell(r.measure!)} ${formatCell(r.unit!)}`;
  const how = f.kind === "moved" ? `kept under ${f.into}` : `merged into ${f.into}'s row, the later release's value kept`;
  return `${check ? "differs" : f.kind}: ${what}: DfE number ${f.laNumber}, as ${f.into} has, so one council: ${how}`;
}

function formatValue(v: Row[string]): string {
  const s = formatCell(v);
  return typeof v === "number" ? s : `missing "${s}"`;
}

/** A one-line progress display on a terminal, redrawn at most a few times a second. */
/** `areas` is how many areas are wanted, or null when every local authority is (--councils). */
function progressLine(stream: NodeJS.WriteStream, areas: number | null): { update: (p: Progress) => void; done: () => void } {
  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      const pct = p.totalBytes > 0 ? ` (${Math.round((100 * p.bytes) / p.totalBytes)}%)` : "";
      stream.write(`\rread ${p.rows.toLocaleString("en-GB")} rows${pct}, areas found ${p.areasFound}${areas === null ? "" : `/${areas}`}`);
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
