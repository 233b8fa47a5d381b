/**
 * Reads YAML the one safe way and validates it against a zod schema, giving each problem
 * in the project's form, `path:LINE: field: problem`, with the line of the field at fault.
 * Every YAML file the build reads goes through parseYamlText (or readYaml): syntax
 * errors, control characters and alias bombs are refused naming the file and line.
 */
import { isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { ZodType } from "astro/zod";
import { codePoint, controlCharacterIn, controlCharacterProblem } from "./unsafe-text.ts";

/**
 * How many alias expansions one file may make (yaml's own default, named here): a file
 * of nested aliases ("billion laughs") would otherwise expand to billions of values.
 * The project's content uses no aliases at all.
 */
export const MAX_ALIAS_COUNT = 100;

/** A YAML file that cannot be read; the message is every problem, one a line. */
export class YamlFileError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(errors.join("\n"));
    this.name = "YamlFileError";
    this.errors = errors;
  }
}

export interface ParsedYaml {
  /** The document as plain data, or undefined when `errors` is not empty. */
  data: unknown;
  errors: string[];
  /** The 1-based line of the deepest node along `path`. */
  lineOf(path: (string | number)[]): number;
}

/** The field path of a node, from its ancestors as yaml's visit gives them: "points.2.text". */
function fieldPath(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length; i++) {
    const n = chain[i];
    if (isPair(n)) parts.push(String(isScalar(n.key) ? n.key.value : n.key));
    else if (isSeq(n) && i + 1 < chain.length) parts.push(String(n.items.indexOf(chain[i + 1] as never)));
  }
  return parts.join(".") || "(file)";
}

/**
 * Parses YAML text named `file` in messages. Refused, each naming file and line: a
 * syntax error, a control character in the text or in a value (a "\u0007" escape), and
 * more alias expansions than MAX_ALIAS_COUNT.
 */
export function parseYamlText(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines });
  const at = (offset: number) => lines.linePos(offset).line + lineOffset;
  const lineOf = (path: (string | number)[]) => {
    // The deepest node that exists along the path gives the line.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return 1 + lineOffset;
  };
  const fail = (errors: string[]): ParsedYaml => ({ data: undefined, errors, lineOf });
  const raw = controlCharacterIn(text);
  if (raw) return fail([`${file}:${raw.line + lineOffset}: (text): ${controlCharacterProblem(raw)}`]);
  if (doc.errors.length > 0) return fail(doc.errors.map((e) => `${file}:${(e.linePos?.[0]?.line ?? 1) + lineOffset}: yaml: ${e.message.split("\n")[0]}`));
  const errors: string[] = [];
  let firstAlias: number | undefined;
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== "string") return;
      const c = controlCharacterIn(node.value);
      if (c) errors.push(`${file}:${node.range ? at(node.range[0]) : 1 + lineOffset}: ${fieldPath(ancestors, node)}: control character ${codePoint(c.char)} in the value (an escape such as "\\u0007" counts); remove it`);
    },
    Alias(_key, node) {
      firstAlias ??= node.range ? at(node.range[0]) : 1 + lineOffset;
    },
  });
  if (errors.length > 0) return fail(errors);
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [], lineOf };
  } catch (e) {
    // yaml throws a ReferenceError when the aliases expand past maxAliasCount.
    if (!(e instanceof ReferenceError)) throw e;
    return fail([`${file}:${firstAlias ?? 1}: yaml: its aliases expand past ${MAX_ALIAS_COUNT} values (an alias bomb); write the values out instead of aliasing them`]);
  }
}

/** The data of YAML text named `file`, or throws YamlFileError naming file and line. */
export function readYaml(text: string, file: string): unknown {
  const parsed = parseYamlText(text, file);
  if (parsed.errors.length > 0) throw new YamlFileError(parsed.errors);
  return parsed.data;
}

/** Errors for one YAML document validated by `schema`; `at` picks the part to validate (e.g. one key). */
export function validateYamlText(text: string, file: string, schema: ZodType, at: (string | number)[] = []): string[] {
  const parsed = parseYamlText(text, file);
  if (parsed.errors.length > 0) return parsed.errors;
  const data = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], parsed.data);
  if (data === undefined) return [`${file}:1: ${at.join(".")}: missing`];
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const path = [...at, ...(i.path as (string | number)[])];
    return `${file}:${parsed.lineOf(path)}: ${path.join(".") || "(file)"}: ${i.message}`;
  });
}

/** The line of the field at `path` in YAML text (of the deepest part of the path that exists; 1 when none). */
export function lineOfPath(text: string, path: (string | number)[]): number {
  return parseYamlText(text, "(text)").lineOf(path);
}
