/**
 * Faults planted in one claim of content/claims.yaml, for the tests that check the claims
 * schema catches them (test/unit/content/claims.test.ts, test/story/unit/claims.test.ts).
 */

/** `plantIn(id, from, to)` for this text of claims.yaml. */
export function claimPlanter(text: string) {
  const block = (id: string) => {
    const lines = text.split("\n");
    const start = lines.indexOf(`- id: ${id}`);
    const end = lines.findIndex((l, n) => n > start && (l.startsWith("- id: ") || l.startsWith("# ")));
    return { lines, start, end: end < 0 ? lines.length : end };
  };
  /** The text with every match of `from` inside claim `id` replaced; and the line of the first. */
  const plantIn = (id: string, from: RegExp, to: string) => {
    const { lines, start, end } = block(id);
    let first = -1;
    for (let n = start; n < end; n++) {
      if (from.test(lines[n]!)) {
        if (first < 0) first = n;
        lines[n] = lines[n]!.replace(from, to);
      }
    }
    if (first < 0) throw new Error(`no line matching ${from} in claim "${id}"`);
    return { planted: lines.join("\n"), line: first + 1 };
  };
  return plantIn;
}
