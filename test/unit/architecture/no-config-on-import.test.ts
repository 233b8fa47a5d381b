/**
 * No module reads the site's configuration when it is imported: a module that did would
 * fix one site's settings (or one environment's) at load time, so the build would have to
 * order its imports by hand and a test could not build a second site in the same process.
 * Each engine module is imported in a fresh Node process whose SITE_DIR names a folder
 * with no content/site.yaml: reading the configuration there throws, so an import that
 * reads it fails, naming the module.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
/** Folders of build-time modules: src/client is browser code, src/pages are Astro's routes, and scripts/*.ts are commands that run when loaded. */
const FOLDERS = ["src/config", "src/format", "src/lib", "src/charts", "src/features", "src/schemas", "scripts/lib", "scripts/quality", "scripts/postbuild", "scripts/importers"];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const empty = mkdtempSync(join(tmpdir(), "no-site-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** Imports each module in one child process; returns "module: error" for each that threw. */
function importFailures(modules: readonly string[]): string[] {
  const script = `
    const failures = [];
    for (const m of ${JSON.stringify(modules)}) {
      try { await import(m); } catch (e) {
        // Astro's virtual modules (astro:content) exist only inside an Astro build; a module
        // that imports one is checked there, not here.
        if (/astro:/.test(String(e?.message))) continue;
        failures.push(m.replace(${JSON.stringify(ROOT + "/")}, "") + ": " + String(e?.message).split("\\n")[0]);
      }
    }
    console.log(JSON.stringify(failures));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    env: { ...process.env, SITE_DIR: empty, CONTENT_DIR: "", DATA_DIR: "" },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as string[];
}

describe("the site's configuration", () => {
  it("is read by no engine module on import", { timeout: 120_000 }, () => {
    const modules = FOLDERS.flatMap((f) => tsFiles(join(ROOT, f)));
    expect(modules.length).toBeGreaterThan(50);
    expect(importFailures(modules)).toEqual([]);
  });

  it("is missing in the folder the check uses, so a module that read it would fail", () => {
    const failures = importFailures([join(ROOT, "test/unit/architecture/fixtures/reads-config-on-import.ts")]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/reads-config-on-import\.ts: .*site\.yaml/);
    expect(relative(ROOT, empty)).not.toBe("");
  });
});
