/**
 * The money: the £10.5m added to the 2018/19 children's social care budget and its
 * parts, the £0.5m–£1.2m saving from closing six homes, and the press-reported £1.9m a
 * year for the Edge of Care service. One bar each, on one scale of pounds.
 */
import { money as moneyFigures, source, type MoneyFigure } from "../lib/data/index.ts";
import { barChart, type BarSegment } from "./bar-chart.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, sourcesOf } from "./view-parts.ts";
import type { LegendItem } from "./types.ts";

const ID = "money";

/** "£10.5m", "£500,000" would read oddly beside millions, so all amounts are in millions. */
export function millions(pounds: number): string {
  const m = pounds / 1_000_000;
  return `£${Number.isInteger(m) ? m : m.toFixed(1)}m`;
}

/** "£0.5m–£1.2m" for a range, "£1.9m" for one amount, "a year" where stated. */
export function amount(f: MoneyFigure): string {
  const base = f.low === f.high ? millions(f.low) : `${millions(f.low)}–${millions(f.high)}`;
  return f.per === "year" ? `${base} a year` : base;
}

// Which figures are drawn, as rows; parts of a figure are stacked in its row.
const ROWS: { row: string; figures: { id: string; label: string }[] }[] = [
  { row: "Added to the 2018/19 budget", figures: [{ id: "budget-increase-placements", label: "Placements" }, { id: "budget-increase-safeguarding", label: "Safeguarding" }] },
  { row: "Of that, described as new money", figures: [{ id: "budget-increase-new-money", label: "New money" }] },
  { row: "Saving from closing six homes", figures: [{ id: "saving-closing-six-homes", label: "Saving (range)" }] },
  { row: "Edge of Care service (press)", figures: [{ id: "edge-of-care-cost", label: "Edge of Care" }] },
];

export const money: ChartDefinition = {
  id: ID,
  build() {
    const all = moneyFigures();
    const fig = (id: string) => {
      const f = all.find((x) => x.id === id);
      if (!f) throw new Error(`${ID}: data/money.csv has no figure "${id}"`);
      return f;
    };
    const total = fig("budget-increase-2018-19");
    const saving = fig("saving-closing-six-homes");
    const data: BarSegment[] = ROWS.flatMap(({ row, figures }) => {
      let x = 0;
      return figures.map(({ id, label }) => {
        const f = fig(id);
        // A part stacks after the one before it; a standalone range runs from low to high.
        const [x1, x2] = figures.length > 1 ? [x, x + f.high] : [f.low === f.high ? 0 : f.low, f.high];
        x = x2;
        return { row, series: label, x1, x2, label: `${label} ${amount(f)}`, shortLabel: amount(f), tip: `${f.label}: ${amount(f)}${f.confidence === "press" ? " (press report)" : ""}` };
      });
    });
    const series = ROWS.flatMap((r) => r.figures.map((f) => f.label));
    const legend: LegendItem[] = series.map((s, colour) => ({ series: s, label: s, colour }));
    const shown = [total, ...ROWS.flatMap((r) => r.figures.map((f) => fig(f.id)))];
    const alt = "Bar chart in millions of pounds: £10.5m added to the 2018/19 budget, split into placements and safeguarding, the £2m of it described as new money, the £0.5m to £1.2m saving from closing six homes, and the £1.9m a year reported for the Edge of Care service";
    return {
      id: ID,
      title: `Closing six homes was to save ${amount(saving)}; the year before, the children's budget had been raised by ${amount(total)}`,
      subtitle: "Worcestershire children's social care: budget increase for 2018/19, saving from the proposal, and the reported Edge of Care cost, £ million",
      alt,
      description: shown.map((f) => `${f.label}: ${amount(f)}${f.period ? ` (${f.period})` : ""}, from ${source(f.sourceId).release}${f.confidence === "press" ? ", a press report" : ""}.`).join(" ") + ` The saving is a range, drawn from ${millions(saving.low)} to ${millions(saving.high)}.`,
      svg: drawBoth(ID, alt, (document, size, narrow) => barChart(data, { document, ...size, height: 0, narrow, series, rows: ROWS.map((r) => r.row), xLabel: "£ million", tickFormat: (d) => `£${d / 1_000_000}m`, xMax: total.high })),
      legend,
      table: {
        caption: "The money, in pounds, with the release each figure comes from",
        columns: ["Figure", "Amount", "Period", "Source"],
        rows: shown.map((f) => [f.label, amount(f), f.period ?? (f.per === "year" ? "a year" : "not stated"), `${source(f.sourceId).release}${f.confidence === "press" ? " (press)" : ""}`]),
      },
      csv: {
        columns: ["id", "label", "part_of", "period", "low_gbp", "high_gbp", "per", "confidence", "source_id", "source_release"],
        rows: shown.map((f) => [f.id, f.label, f.partOf, f.period, f.low, f.high, f.per, f.confidence, f.sourceId, source(f.sourceId).release]),
      },
      sources: sourcesOf(shown.map((f) => f.sourceId)),
      notes: shown.filter((f) => f.note).map((f) => `${f.label}: ${f.note}`),
    };
  },
};
