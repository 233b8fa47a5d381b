/**
 * A cold build of a checkout of the site, timed from outside: Astro's caches and the
 * temporary build folder are removed first, then `node scripts/build.ts` runs in a child
 * process writing to `outDir`. Shared by the Build and Scale sections.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { builtPages } from "../lib/built-pages.ts";

export interface BuildResult {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system) of the build and its child processes. */
  cpuSeconds: number;
  /** URL paths of the pages built. */
  pages: string[];
  outDir: string;
}

/** Removes the caches a previous build leaves, so the next build starts cold. */
export function clearBuildCaches(root: string): void {
  for (const d of [".astro", ".build", "node_modules/.astro", "node_modules/.vite"]) rmSync(join(root, d), { recursive: true, force: true });
}

/** Parses bash's `times` output ("0m1.5s 0m0.2s" for user and system) into seconds. */
export function parseTimes(line: string): number {
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

const MARK = "@@cpu-times";

/**
 * Builds the checkout at `root` into `outDir` from cold; rejects with the build's output
 * if it fails. Reports wall time and CPU time (user + system of the build and every
 * process it waited for, from bash's `times`): on a machine shared with other work the
 * wall time swings widely, the CPU time much less.
 */
export async function coldBuild(root: string, outDir: string): Promise<BuildResult> {
  clearBuildCaches(root);
  const started = performance.now();
  const text = await new Promise<string>((ok, fail) => {
    // CI=1 keeps Astro's logging to warnings; the build's own output is only shown on failure.
    const script = `"$0" "$1"; s=$?; echo ${MARK} >&2; times >&2; exit $s`;
    const child = spawn("bash", ["-c", script, process.execPath, join(root, "scripts", "build.ts")], {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, CI: "1", ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? ok(out) : fail(new Error(`build of ${root} failed (exit ${code}):\n${out.slice(-2000)}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  // `times` prints the shell's own times, then its children's: the build's.
  const cpuSeconds = parseTimes(text.slice(text.lastIndexOf(MARK)).split("\n")[2] ?? "");
  return { seconds, cpuSeconds, pages: builtPages(outDir), outDir };
}
