/** Errors in content name the file and line, so a writer can go straight to the fault. */

/** Where a piece of markdown comes from: the file, its full text, and the line its text starts on. */
export interface MarkdownEnv {
  /** Path of the content file, relative to the repository root, e.g. "content/pages/why.md". */
  file: string;
  /** The whole file's text; used to find the line of a fault. */
  source?: string;
  /**
   * The text is itself a quoted claim, shown beside who made it (a claims-check entry):
   * its figures are attributed by that context, so the sentence need not attribute them.
   */
  quotedClaim?: boolean;
  /**
   * The text sits inside a control (a <details> summary), where a link would be a control
   * inside a control: figures are marked but not linked, and their sources are cited nearby.
   */
  inControl?: boolean;
  /** Internal: the zero-based line of the block being parsed, set while parsing inline text. */
  blockLine?: number;
}

/** A fault in a content file, reported as `path:LINE: field: problem`. */
export class ContentError extends Error {
  constructor(file: string, line: number, field: string, problem: string) {
    super(`${file}:${line}: ${field}: ${problem}`);
    this.name = "ContentError";
  }
}

/** The one-based line of `needle` in the file, else of the block being parsed, else 1. */
export function lineOf(env: MarkdownEnv, needle: string): number {
  const at = env.source?.indexOf(needle) ?? -1;
  if (at >= 0) return env.source!.slice(0, at).split("\n").length;
  return (env.blockLine ?? 0) + 1;
}
