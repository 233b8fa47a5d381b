/** Writes a small site into a temporary folder for the quality-gate unit tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
// Registered in the importing test file: its fixture folders go when its tests finish.
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A page body wrapped in a minimal valid document. */
export function page(title: string, body: string, head = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;
}

/** Creates a folder holding `files` (site path → content) and returns its path. */
export function fixtureSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "quality-fixture-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
