/**
 * Gate: the W3C Nu HTML Checker (vnu, from the vnu-jar package) reports no errors on
 * any built page. It checks what html-validate does not, such as attribute values
 * inside SVG (Plot's font-variant="tabular-nums") and <time datetime> syntax. vnu runs
 * on Java; starting the JVM is the slow part, so it is started once for the whole folder.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface NuProblem {
  page: string;
  line: number;
  column: number;
  message: string;
  extract: string;
}

/** The vnu.jar the vnu-jar package ships (its module's value is the jar's path). */
export const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

/** The Java to run it with: JAVA, else `java` on the PATH (Debian: default-jre-headless). */
const JAVA = process.env.JAVA ?? "java";

/**
 * One short run over a few hundred pages is mostly warm-up, so the JVM is told to stay
 * quick to start: compile with its fast compiler only (TieredStopAtLevel=1) and collect
 * with one thread (SerialGC), leaving the other core to the tests beside it. That halves
 * vnu's CPU time on this site (28 s to 13 s) with a byte-identical report. The fast
 * compiler's larger stack frames overflow the schema's deep recursion at the default
 * stack size, hence the larger stack (vnu itself asks for at least 512k).
 */
const JVM_OPTIONS = ["-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * vnu's CSS checker predates container queries (CSS Containment Module Level 3, in every
 * engine since 2023: Chrome 105, Safari 16, Firefox 110), so it calls them errors. Only
 * those messages are dropped, and an unknown dimension only where it is the `cqi` unit:
 * any other CSS error still fails the gate.
 */
export function isContainerQueryFalseAlarm(message: string, extract: string): boolean {
  return (
    message === "CSS: Unrecognized at-rule \u201c@container\u201d" ||
    message === "CSS: \u201ccontainer-type\u201d: Property \u201ccontainer-type\u201d doesn't exist." ||
    (/^CSS: \u201c[a-z-]+\u201d: Unknown dimension\.$/.test(message) && /\d(?:\.\d+)?cqi\b/.test(extract))
  );
}

/** The page path ("/charts/x/") of a file URL vnu reports, relative to the checked folder. */
function pageOf(url: string | undefined, dir: string): string {
  if (!url?.startsWith("file:")) return url ?? "(unknown)";
  const rel = relative(dir, fileURLToPath(url)).split(sep).join("/");
  return "/" + (rel === "index.html" ? "" : rel.replace(/(^|\/)index\.html$/, "$1"));
}

/** vnu's errors on every HTML file in `dir` (one JVM start for all of them). */
export async function nuErrors(dir: string): Promise<NuProblem[]> {
  return (await nuErrorsIn([dir])).get(dir)!;
}

/**
 * vnu's errors on every HTML file in each of `dirs`, by folder, from one JVM start: a
 * test that checks the site and a copy with a planted fault pays for the slow start once.
 */
export function nuErrorsIn(dirs: string[]): Promise<Map<string, NuProblem[]>> {
  const args = [...JVM_OPTIONS, "-jar", VNU_JAR, "--skip-non-html", "--errors-only", "--format", "json", ...dirs];
  return new Promise((resolve, reject) => {
    execFile(JAVA, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        return reject(new Error(`vnu needs Java, and "${JAVA}" was not found: install it (Debian: apt-get install default-jre-headless) or set JAVA`));
      }
      let report: { messages?: VnuMessage[] };
      try {
        report = JSON.parse(stderr) as { messages?: VnuMessage[] };
      } catch {
        return reject(new Error(`vnu gave no JSON report (exit ${error?.code ?? 0}): ${stderr.slice(0, 500)}`));
      }
      // Exit status 1 only means errors were found; they are in the report.
      const byDir = new Map(dirs.map((d) => [d, [] as NuProblem[]]));
      for (const m of report.messages ?? []) {
        if (m.type !== "error" && m.type !== "non-document-error") continue;
        if (isContainerQueryFalseAlarm(m.message, m.extract ?? "")) continue;
        // The folder the reported file is in (the longest match, should one folder hold another).
        const file = m.url?.startsWith("file:") ? fileURLToPath(m.url) : "";
        const dir = dirs.filter((d) => file.startsWith(d.endsWith(sep) ? d : d + sep)).sort((x, y) => y.length - x.length)[0] ?? dirs[0]!;
        byDir.get(dir)!.push({ page: pageOf(m.url, dir), line: m.lastLine ?? 0, column: m.firstColumn ?? m.lastColumn ?? 0, message: m.message, extract: m.extract ?? "" });
      }
      resolve(byDir);
    });
  });
}

/** One line per problem, for a failing assertion. */
export function formatNuProblems(problems: NuProblem[]): string {
  return problems.map((p) => `${p.page}:${p.line}:${p.column}: ${p.message}\n    ${p.extract}`).join("\n");
}
