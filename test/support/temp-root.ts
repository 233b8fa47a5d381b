/**
 * Every temporary folder a test run makes (copies of content and data with a planted
 * fault, importer projects, browser profiles, builds' work) goes under one folder of the
 * run's own, removed when the run ends, passed or failed: TMPDIR points there, which
 * os.tmpdir() and the processes tests start both read. So no test has to clean up after
 * itself for /tmp to stay clean, and a test that fails half-way leaves nothing behind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "site-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}
