/**
 * Block directives in page markdown: a line `[[chart:<id>]]` places a chart, and
 * `[[table:<id>]]` a generated data table, between paragraphs. The page splits the body
 * here and renders each markdown run through the one markdown-it setup.
 */
export type Segment = { kind: "markdown"; text: string } | { kind: "chart"; id: string } | { kind: "table"; id: string };

const DIRECTIVE = /^\[\[(chart|table):([a-z0-9-]+)\]\]\s*$/;

/** Splits a markdown body into markdown runs and directives, in order. */
export function splitDirectives(body: string): Segment[] {
  const out: Segment[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.join("").trim()) out.push({ kind: "markdown", text: run.join("\n") });
    run = [];
  };
  for (const line of body.split("\n")) {
    const m = DIRECTIVE.exec(line.trim());
    if (m) {
      flush();
      out.push({ kind: m[1] as "chart" | "table", id: m[2]! });
    } else run.push(line);
  }
  flush();
  return out;
}
