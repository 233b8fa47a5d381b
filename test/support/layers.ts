/**
 * The floors of src/, lowest first, and the imports that go up one. A module may import
 * its own floor and the floors below; an import of a higher floor is an arrow the wrong
 * way (the domain reaching for a chart, a chart for browser code). Astro's pages,
 * components and layouts are the top floor, so anything may sit under them.
 */
import { dirname, join, normalize } from "node:path";
import ts from "typescript";

export const FLOORS: readonly { floor: number; folders: readonly string[]; what: string }[] = [
  { floor: 0, folders: ["src/config", "src/format", "src/schemas", "src/styles", "src/assets"], what: "the ground floor: configuration and formats" },
  { floor: 1, folders: ["src/lib"], what: "the domain" },
  { floor: 2, folders: ["src/charts"], what: "the charts" },
  { floor: 3, folders: ["src/features"], what: "features built from the domain and the charts" },
  { floor: 4, folders: ["src/client", "src/embed"], what: "browser code" },
];

const TOP = 5;

/** The floor of a path from the repository root (the top floor for pages, components, layouts and src/*.ts). */
export function floorOf(path: string): number {
  return FLOORS.find((f) => f.folders.some((d) => path === d || path.startsWith(`${d}/`)))?.floor ?? TOP;
}

/**
 * The module the Astro build serves the configuration as: only the pages (and
 * src/content.config.ts, src/middleware.ts) import it; everything below is handed it.
 */
const CONFIG_MODULE = "virtual:site/config";

/**
 * Every module `source` imports, as written: static, dynamic, side-effect and type imports
 * and re-exports, found by TypeScript's own pre-processor (comments and strings in
 * import lists do not trip it, as they would a regular expression).
 */
const specifiers = (source: string): string[] => ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);

/** The relative imports of `source`, at `path`, as paths from the repository root. */
export function importsOf(path: string, source: string): string[] {
  return specifiers(source)
    .filter((s) => s.startsWith("./") || s.startsWith("../"))
    .map((s) => normalize(join(dirname(path), s)));
}

/**
 * "src/lib/x.ts (floor 1) imports src/charts/y.ts (floor 2)" for every import of `source`,
 * at `path`, that goes up a floor; the configuration's module counts as the top floor.
 */
export function upwardImports(path: string, source: string): string[] {
  const from = floorOf(path);
  const up = importsOf(path, source).flatMap((target) => {
    const to = floorOf(target);
    return to > from ? [`${path} (floor ${from}) imports ${target} (floor ${to})`] : [];
  });
  const config = from < TOP && specifiers(source).includes(CONFIG_MODULE) ? [`${path} (floor ${from}) imports ${CONFIG_MODULE}, which only the pages may: hand the configuration down`] : [];
  return [...up, ...config];
}

/**
 * The import loops among `modules` (path → its imports): each a list of modules that
 * reach one another, type imports included, since a loop of types is a loop of ideas too.
 * Tarjan's strongly connected components, a dozen lines where a package would be one more
 * dependency for a test.
 */
export function importLoops(modules: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of modules.get(v) ?? []) {
      if (!modules.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const loop = stack.splice(stack.indexOf(v));
      if (loop.length > 1) loops.push(loop.sort());
    }
  };
  for (const v of modules.keys()) if (!index.has(v)) visit(v);
  return loops;
}
