/**
 * Normalises SVG markup for snapshot comparison, as Plot's own tests do: numbers rounded
 * to three decimals, generated ids renumbered, one element per line.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/\bplot-[0-9a-f]{6}\b/g, (m) => renumber(m))
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(Math.round(Number(m) * 1000) / 1000))
    .replace(/></g, ">\n<")
    .trim();
}
