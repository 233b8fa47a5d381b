/**
 * Worcestershire's rate of children looked after per 10,000 under-18s, against England.
 */
import { AREAS, series, source, type LookedAfterValue } from "../lib/data/index.ts";
import { formatValue } from "../lib/format/number.ts";
import { lineChart, type LinePoint } from "./line-chart.ts";
import { describeLines } from "./describe.ts";
import { finishSvg, newDocument } from "./render.ts";
import { NARROW, WIDE, type ChartDefinition } from "./chart-definition.ts";

const ID = "rate-per-10000";
const FROM = 2010;
const TO = 2025;
const AREA_ORDER = [
  { code: AREAS.worcestershire, name: "Worcestershire" },
  { code: AREAS.england, name: "England" },
];

function toPoints(name: string, values: LookedAfterValue[]): LinePoint[] {
  return values.map((v) => ({ series: name, year: v.year, value: typeof v.value === "number" ? v.value : null }));
}

export const ratePer10000: ChartDefinition = {
  id: ID,
  build() {
    const byArea = AREA_ORDER.map((a) => ({ ...a, values: series(a.code, "looked_after_31_march", "rate_per_10000", FROM, TO) }));
    const data = byArea.flatMap((a) => toPoints(a.name, a.values));
    const names = byArea.map((a) => a.name);
    const yLabel = "Children looked after per 10,000 under-18s";
    const alt = `Line chart of children looked after per 10,000 children under 18 at 31 March, Worcestershire and England, ${FROM} to ${TO}`;
    const descId = `${ID}-description`;
    const draw = (size: { width: number; height: number }, narrow: boolean) =>
      finishSvg(lineChart(data, { document: newDocument(), ...size, narrow, series: names, yLabel }), { label: alt, describedBy: descId, variant: narrow ? "narrow" : "wide" });
    const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
    const sourceIds = [...new Set(byArea.flatMap((a) => a.values.map((v) => v.sourceId)))];
    return {
      id: ID,
      title: "Worcestershire went from below England's rate of children in care to well above it",
      subtitle: `Children looked after at 31 March per 10,000 children under 18, Worcestershire and England, ${FROM}–${TO}`,
      alt,
      description: describeLines(data, names, "per 10,000"),
      svg: { wide: draw(WIDE, false), narrow: draw(NARROW, true) },
      table: {
        caption: `Children looked after per 10,000 children under 18, at 31 March, ${FROM}–${TO}`,
        columns: ["Year", ...names],
        rows: years.map((y) => [String(y), ...byArea.map((a) => formatValue(a.values.find((v) => v.year === y)?.value ?? null))]),
      },
      sources: sourceIds.map(source),
    };
  },
};
