/**
 * Loads the data package: every resource read, validated, and its foreign keys checked.
 * Either every table is good or the caller gets every error; there is no partial result.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Missing, formatCell, type DataPackageDescriptor, type Resource } from "./table-schema.ts";
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

const readUtf8: ReadText = (path) => readFileSync(path, "utf8");

/**
 * Load and validate `dir/datapackage.json` and every CSV it lists.
 * Paths in errors are relative to `cwd` (e.g. "data/looked-after.csv").
 */
export function loadPackage(dir: string, read: ReadText = readUtf8, cwd = process.cwd()): LoadedPackage {
  const descriptorPath = join(dir, "datapackage.json");
  const descriptorFile = relative(cwd, descriptorPath) || descriptorPath;
  let descriptor: DataPackageDescriptor;
  try {
    descriptor = JSON.parse(read(descriptorPath)) as DataPackageDescriptor;
  } catch (e) {
    throw new DataValidationError([problem(descriptorFile, 1, "(file)", `cannot be read as JSON: ${(e as Error).message}`)]);
  }
  const errors: string[] = [];
  const resources = new Map<string, LoadedResource>();
  for (const resource of descriptor.resources) {
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
  }
  for (const loaded of resources.values()) errors.push(...checkForeignKeys(loaded, resources));
  if (errors.length > 0) throw new DataValidationError(errors);
  return { descriptor, resources };
}

function checkForeignKeys(loaded: LoadedResource, all: Map<string, LoadedResource>): string[] {
  const errors: string[] = [];
  for (const fk of loaded.resource.schema.foreignKeys ?? []) {
    // Table Schema: an empty resource name refers to the table itself.
    const target = fk.reference.resource === "" ? loaded : all.get(fk.reference.resource);
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
