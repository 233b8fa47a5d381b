/**
 * Saved-file snapshots: compare output with test/output/<name>, and on a mismatch write
 * <name>-changed.<ext> beside it for a person to look at. UPDATE_SNAPSHOTS=1 rewrites them.
 */
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect } from "vitest";

const OUTPUT = resolve(import.meta.dirname, "..", "output");

export function expectMatchesFile(actual: string, name: string): void {
  const path = join(OUTPUT, name);
  mkdirSync(dirname(path), { recursive: true });
  const changed = path.replace(/(\.[a-z]+)$/, "-changed$1");
  // In CI a missing snapshot is a failure, not a licence to write one.
  if (!existsSync(path) && process.env.CI) expect.fail(`no saved snapshot test/output/${name}; run the tests locally and commit it`);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(path)) {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual !== expected) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual, `${name} differs from the saved snapshot; see ${changed}`).toBe(expected);
}
