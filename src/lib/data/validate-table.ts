/**
 * Checks a read CSV against its Table Schema: columns, row shape, types, constraints,
 * primary key and unique keys. Every problem is collected, so one run shows them all.
 */
import { Missing, parseCell, formatCell, type Resource, type Row } from "../../format/table-schema.ts";
import { problem, readCsv } from "./read-csv.ts";

/** A parsed row and the line it came from. */
export interface LocatedRow {
  line: number;
  row: Row;
}

export interface TableResult {
  rows: LocatedRow[];
  errors: string[];
}

/** Read and validate one CSV text against `resource.schema`. */
export function validateTable(text: string, resource: Resource, file: string): TableResult {
  const raw = readCsv(text, file);
  const errors = [...raw.errors];
  if (raw.header.length === 0) return { rows: [], errors };

  const { fields, missingValues = [""], primaryKey = [], uniqueKeys = [] } = resource.schema;
  const known = new Set(fields.map((f) => f.name));
  const seen = new Set<string>();
  raw.header.forEach((name, i) => {
    if (!known.has(name)) errors.push(problem(file, 1, name || `(column ${i + 1})`, "unknown column"));
    else if (seen.has(name)) errors.push(problem(file, 1, name, "column appears twice"));
    seen.add(name);
  });
  for (const f of fields) if (!seen.has(f.name)) errors.push(problem(file, 1, f.name, "missing column"));
  // Columns are matched by name, so a file may order them as it likes.
  const index = new Map(raw.header.map((name, i) => [name, i]));

  const rows: LocatedRow[] = [];
  const keys = new Map<string, number>();
  const uniques = new Map<string, Map<string, number>>();
  const uniqueKeySeen = uniqueKeys.map(() => new Map<string, number>());
  for (const { line, cells } of raw.records) {
    if (cells.length < raw.header.length) {
      errors.push(problem(file, line, raw.header[cells.length] ?? "(row)", `row has ${cells.length} fields, the header has ${raw.header.length}`));
      continue;
    }
    if (cells.length > raw.header.length) {
      errors.push(problem(file, line, `(column ${raw.header.length + 1})`, `extra field: row has ${cells.length} fields, the header has ${raw.header.length}`));
      continue;
    }
    const row: Row = {};
    let ok = true;
    for (const field of fields) {
      const i = index.get(field.name);
      if (i === undefined) continue;
      const parsed = parseCell(cells[i]!, field, missingValues);
      if ("problem" in parsed) {
        errors.push(problem(file, line, field.name, parsed.problem));
        ok = false;
        continue;
      }
      row[field.name] = parsed.value;
      if (field.constraints?.unique) {
        const u = uniques.get(field.name) ?? new Map<string, number>();
        uniques.set(field.name, u);
        const earlier = u.get(cells[i]!);
        if (earlier !== undefined) errors.push(problem(file, line, field.name, `"${cells[i]}" repeats line ${earlier}; values must be unique`));
        else u.set(cells[i]!, line);
      }
    }
    if (!ok) continue;
    if (primaryKey.length > 0 && primaryKey.every((k) => k in row)) {
      const key = JSON.stringify(primaryKey.map((k) => formatCell(row[k]!)));
      const earlier = keys.get(key);
      if (earlier !== undefined) {
        errors.push(problem(file, line, primaryKey.join("+"), `duplicate primary key (${primaryKey.map((k) => formatCell(row[k]!)).join(", ")}) first seen on line ${earlier}`));
        continue;
      }
      keys.set(key, line);
    }
    // As Table Schema v2 says, a row with any of a unique key's fields missing is not checked against it.
    uniqueKeys.forEach((names, k) => {
      if (!names.every((n) => n in row && !(row[n] instanceof Missing))) return;
      const key = JSON.stringify(names.map((n) => formatCell(row[n]!)));
      const earlier = uniqueKeySeen[k]!.get(key);
      if (earlier !== undefined) errors.push(problem(file, line, names.join("+"), `(${names.map((n) => formatCell(row[n]!)).join(", ")}) repeats line ${earlier}; the unique key ${names.join("+")} allows one row each`));
      else uniqueKeySeen[k]!.set(key, line);
    });
    rows.push({ line, row });
  }
  return { rows, errors };
}
