/**
 * The one cold build of the repository a bench run measures and then inspects (Build,
 * Bytes and Lighthouse share it), written to a temporary folder so dist/ is untouched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { coldBuild, type BuildResult } from "./cold-build.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");

let built: Promise<BuildResult> | undefined;

/** Builds the site once per bench run (cold) and returns where it is. */
export function benchSite(): Promise<BuildResult> {
  if (!built) {
    const parent = mkdtempSync(join(tmpdir(), "bench-site-"));
    process.on("exit", () => rmSync(parent, { recursive: true, force: true }));
    built = coldBuild(ROOT, join(parent, "dist"));
  }
  return built;
}

/** Seconds with one decimal, e.g. "12.3 s". */
export function seconds(s: number): string {
  return `${s.toFixed(1)} s`;
}

/** Bytes as kilobytes with one decimal, e.g. "4.2". */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
