/**
 * A cold build of a checkout of the site, timed from outside: Astro's caches and the
 * temporary build folder are removed first, then `node scripts/build.ts` runs in a child
 * process writing to `outDir`. Shared by the Build and Scale sections.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { builtPages } from "../../test/support/pages.ts";

export interface BuildResult {
  seconds: number;
  /** URL paths of the pages built. */
  pages: string[];
  outDir: string;
}

/** Removes the caches a previous build leaves, so the next build starts cold. */
export function clearBuildCaches(root: string): void {
  for (const d of [".astro", ".build", "node_modules/.astro", "node_modules/.vite"]) rmSync(join(root, d), { recursive: true, force: true });
}

/** Builds the checkout at `root` into `outDir` from cold; rejects with the build's output if it fails. */
export async function coldBuild(root: string, outDir: string): Promise<BuildResult> {
  clearBuildCaches(root);
  const started = performance.now();
  await new Promise<string>((ok, fail) => {
    // CI=1 keeps Astro's logging to warnings; the build's own output is only shown on failure.
    const child = spawn(process.execPath, [join(root, "scripts", "build.ts")], {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, CI: "1", ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? ok(text) : fail(new Error(`build of ${root} failed (exit ${code}):\n${text.slice(-2000)}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, pages: builtPages(outDir), outDir };
}
