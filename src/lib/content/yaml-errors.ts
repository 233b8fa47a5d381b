/**
 * Validates one YAML document against a zod schema and gives each problem in the
 * project's form, `path:LINE: field: problem`, with the line of the field at fault.
 */
import { isNode, LineCounter, parseDocument } from "yaml";
import type { ZodType } from "astro/zod";

/** The line of the field at `path` in a YAML document (of the deepest part of the path that exists; 1 when none). */
export function lineOfPath(text: string, path: (string | number)[]): number {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Errors for one YAML document validated by `schema`; `at` picks the part to validate (e.g. one key). */
export function validateYamlText(text: string, file: string, schema: ZodType, at: (string | number)[] = []): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (path: (string | number)[]) => {
    // The deepest node that exists along the path gives the line.
    for (let n = path.length; n >= 0; n--) {
      const node = path.length === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  if (doc.errors.length > 0) return doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: yaml: ${e.message.split("\n")[0]}`);
  const data = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], doc.toJS());
  if (data === undefined) return [`${file}:1: ${at.join(".")}: missing`];
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const path = [...at, ...(i.path as (string | number)[])];
    return `${file}:${lineOf(path)}: ${path.join(".") || "(file)"}: ${i.message}`;
  });
}

