/**
 * No arrow goes up a floor (test/support/layers.ts): the configuration and formats import
 * nothing above them, the domain (src/lib) no chart, feature or browser code, the charts
 * no feature or browser code; and no module imports, however indirectly, one that imports it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FLOORS, floorOf, importLoops, importsOf, upwardImports } from "../../support/layers.ts";

const ROOT = join(import.meta.dirname, "../../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

describe("the floors of src/", () => {
  it("every module below the pages imports only its own floor and those below", () => {
    const below = FLOORS.flatMap((f) => f.folders).flatMap((d) => {
      try {
        return files(join(ROOT, d));
      } catch {
        return [];
      }
    });
    expect(below.length).toBeGreaterThan(100);
    const up = below.flatMap((p) => {
      const path = relative(ROOT, p);
      return upwardImports(path, readFileSync(p, "utf8"));
    });
    expect(up).toEqual([]);
  });

  it("finds an import that goes up, static or dynamic, and lets one that goes down pass", () => {
    expect(upwardImports("src/lib/data/x.ts", 'import { allCharts } from "../../charts/index.ts";')).toEqual(["src/lib/data/x.ts (floor 1) imports src/charts/index.ts (floor 2)"]);
    expect(upwardImports("src/charts/x.ts", 'const m = await import("../client/area-picker.ts");')).toHaveLength(1);
    expect(upwardImports("src/format/x.ts", 'export { ui } from "../lib/content/ui.ts";')).toHaveLength(1);
    expect(upwardImports("src/features/x.ts", 'import { chartView } from "../charts/index.ts";\nimport type { Ui } from "../lib/content/ui.ts";')).toEqual([]);
    expect(upwardImports("src/lib/x.ts", 'import "../client/notes-tool.ts";')).toHaveLength(1);
    expect(upwardImports("src/lib/x.ts", 'import {\n  a, // don\'t; go up\n} from "../charts/index.ts";')).toHaveLength(1);
    expect(upwardImports("src/lib/x.ts", '/* import { a } from "../charts/index.ts"; */')).toEqual([]);
    expect(upwardImports("src/charts/x.ts", 'import site from "virtual:site/config";')).toEqual(["src/charts/x.ts (floor 2) imports virtual:site/config, which only the pages may: hand the configuration down"]);
    expect(upwardImports("src/pages/x.ts", 'import site from "virtual:site/config";')).toEqual([]);
    expect(floorOf("src/pages/index.astro")).toBeGreaterThan(floorOf("src/client/area-picker.ts"));
  });

  it("no module reaches itself through its imports", () => {
    const modules = new Map(files(join(ROOT, "src")).map((p) => [relative(ROOT, p), importsOf(relative(ROOT, p), readFileSync(p, "utf8"))] as const));
    expect(modules.size).toBeGreaterThan(150);
    expect(importLoops(modules)).toEqual([]);
  });

  it("finds a loop of two modules and of three, and none in a chain", () => {
    const loops = importLoops(new Map([["a", ["b"]], ["b", ["a"]], ["c", ["d"]], ["d", ["e"]], ["e", ["c"]], ["f", ["g"]], ["g", []]]));
    expect(loops).toEqual([["a", "b"], ["c", "d", "e"]]);
  });
});
