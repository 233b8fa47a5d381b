/**
 * Loads the data package: every resource read, validated, and its foreign keys checked.
 * Either every table is good or the caller gets every error; there is no partial result.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Missing, formatCell, type DataPackageDescriptor, type Resource } from "../../format/table-schema.ts";
import { validateTable, type LocatedRow } from "./validate-table.ts";
import { problem } from "./read-csv.ts";

/** Thrown when the data fails validation; `errors` lists every problem found. */
export class DataValidationError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`Data validation failed with ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.join("\n")}`);
    this.name = "DataValidationError";
    this.errors = errors;
  }
}

/** A validated resource: its descriptor and its rows. */
export interface LoadedResource {
  resource: Resource;
  file: string;
  rows: LocatedRow[];
}

export interface LoadedPackage {
  descriptor: DataPackageDescriptor;
  resources: Map<string, LoadedResource>;
}

/** Reads files; injected so tests can load a package from memory. */
export type ReadText = (path: string) => string;

/** A resource's path: a plain file name in the data folder. */
export const RESOURCE_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;

const readUtf8: ReadText = (path) => readFileSync(path, "utf8");

/**
 * Load and validate `dir/datapackage.json` and every CSV it lists.
 * Paths in errors are relative to `cwd` (e.g. "data/looked-after.csv").
 */
export function loadPackage(dir: string, read: ReadText = readUtf8, cwd = process.cwd()): LoadedPackage {
  const descriptorPath = join(dir, "datapackage.json");
  const descriptorFile = relative(cwd, descriptorPath) || descriptorPath;
  let descriptor: DataPackageDescriptor;
  let descriptorText = "";
  try {
    descriptorText = read(descriptorPath);
    descriptor = JSON.parse(descriptorText) as DataPackageDescriptor;
  } catch (e) {
    throw new DataValidationError([problem(descriptorFile, 1, "(file)", `cannot be read as JSON: ${(e as Error).message}`)]);
  }
  const errors: string[] = [];
  const resources = new Map<string, LoadedResource>();
  // Tables with a refused row: their keys are incomplete, so references to them are not checked
  // (one bad row of sources.csv would otherwise bring an "unknown id" for every row citing it).
  const refused = new Set<string>();
  for (const [i, resource] of descriptor.resources.entries()) {
    // Each listed file is published at /data/<path>: a path that leaves data/ would publish anything.
    if (typeof resource.path !== "string" || !RESOURCE_PATH.test(resource.path)) {
      // The line of the path as written, else of the resource's name.
      const at = [JSON.stringify(resource.path), JSON.stringify(resource.name)].map((t) => descriptorText.indexOf(t)).find((i) => i >= 0) ?? 0;
      const line = descriptorText.slice(0, at).split("\n").length;
      errors.push(problem(descriptorFile, line, `resources.${i}.path`, `${JSON.stringify(resource.path)} is not the name of a .csv file in ${relative(cwd, dir) || "."}/ (letters, digits, ".", "_" and "-"; no folders)`));
      continue;
    }
    const path = join(dir, resource.path);
    const file = relative(cwd, path) || path;
    let text: string;
    try {
      text = read(path);
    } catch {
      errors.push(problem(file, 1, "(file)", `listed in ${descriptorFile} as resource "${resource.name}" but cannot be read`));
      continue;
    }
    const result = validateTable(text, resource, file);
    errors.push(...result.errors);
    resources.set(resource.name, { resource, file, rows: result.rows });
    if (result.errors.length > 0) refused.add(resource.name);
  }
  errors.push(...licenceProblems(descriptor, descriptorText, descriptorFile));
  for (const loaded of resources.values()) errors.push(...checkForeignKeys(loaded, resources, refused));
  if (errors.length > 0) throw new DataValidationError(errors);
  return { descriptor, resources };
}

function checkForeignKeys(loaded: LoadedResource, all: Map<string, LoadedResource>, refused: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  for (const fk of loaded.resource.schema.foreignKeys ?? []) {
    // Table Schema: an empty resource name refers to the table itself.
    const target = fk.reference.resource === "" ? loaded : all.get(fk.reference.resource);
    if (target && refused.has(target.resource.name)) continue;
    if (!target) {
      errors.push(problem(loaded.file, 1, fk.fields.join("+"), `foreign key refers to unknown resource "${fk.reference.resource}"`));
      continue;
    }
    const keyOf = (row: LocatedRow["row"], names: string[]) => JSON.stringify(names.map((n) => formatCell(row[n]!)));
    const known = new Set(target.rows.map((r) => keyOf(r.row, fk.reference.fields)));
    for (const { line, row } of loaded.rows) {
      // A missing value refers to nothing, so it is not checked.
      if (fk.fields.some((f) => row[f] instanceof Missing)) continue;
      if (!known.has(keyOf(row, fk.fields))) {
        const value = fk.fields.map((f) => formatCell(row[f]!)).join(", ");
        errors.push(problem(loaded.file, line, fk.fields.join("+"), `unknown ${fk.reference.resource} id "${value}"`));
      }
    }
  }
  return errors;
}

/** A licence's `path` is a link published on the site and in the package: an http(s) address only. */
function licenceProblems(descriptor: DataPackageDescriptor, text: string, file: string): string[] {
  const errors: string[] = [];
  const check = (licenses: unknown, at: string) => {
    if (!Array.isArray(licenses)) return;
    licenses.forEach((l: { path?: unknown }, i) => {
      if (l?.path === undefined || (typeof l.path === "string" && /^https?:\/\/[^\s/]+\.[^\s]*$/.test(l.path))) return;
      const line = text.slice(0, Math.max(0, text.indexOf(JSON.stringify(l.path)))).split("\n").length;
      errors.push(problem(file, line, `${at}licenses.${i}.path`, `${JSON.stringify(l.path)} is not an http: or https: address`));
    });
  };
  check((descriptor as { licenses?: unknown }).licenses, "");
  descriptor.resources.forEach((r, i) => check((r as { licenses?: unknown }).licenses, `resources.${i}.`));
  return errors;
}
