/**
 * Block directives in page markdown: a line `[[chart:<id>]]` places a chart, and
 * `[[table:<id>]]` a generated data table, between paragraphs. The page splits the body
 * here and renders each markdown run through the one markdown-it setup.
 *
 * `[[chart:<id>|brief]]` places a chart that the story tells in full elsewhere:
 * the drawing shows, and its description, notes and table are folded away.
 */
export type Segment =
  | { kind: "markdown"; text: string }
  | { kind: "chart"; id: string; brief?: true }
  | { kind: "table"; id: string };

const DIRECTIVE = /^\[\[(chart|table):([a-z0-9-]+)(?:\|([a-z]+))?\]\]\s*$/;

/** Splits a markdown body into markdown runs and directives, in order. */
export function splitDirectives(body: string): Segment[] {
  const out: Segment[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.join("").trim()) out.push({ kind: "markdown", text: run.join("\n") });
    run = [];
  };
  for (const [n, line] of body.split("\n").entries()) {
    const m = DIRECTIVE.exec(line.trim());
    if (m) {
      flush();
      const [, kind, id, option] = m as unknown as [string, "chart" | "table", string, string | undefined];
      if (option !== undefined && !(kind === "chart" && option === "brief")) {
        throw new Error(`body line ${n + 1}: unknown option "|${option}" in "${line.trim()}" (the only option is "|brief", for charts)`);
      }
      out.push(option ? { kind: "chart", id, brief: true } : { kind, id });
    } else run.push(line);
  }
  flush();
  return out;
}
