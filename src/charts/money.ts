/**
 * The money: the £10.5m added to the 2018/19 children's social care budget and its
 * parts, the £0.5m–£1.2m saving from closing six homes, and the press-reported £1.9m a
 * year for the Edge of Care service. One bar each, on one scale of pounds.
 */
import { money as moneyFigures, source, type MoneyFigure } from "../lib/data/index.ts";
import { barChart, type BarSegment } from "./bar-chart.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, sourcesOf } from "./view-parts.ts";
import { capitalise, finish, joinAnd, type Description } from "./describe.ts";
import { formatAmount as amount, formatAmountSpoken as spokenAmount, formatMoney } from "../lib/format/money.ts";

const ID = "money";

/** "Publisher, release" of a figure's source. */
const releaseOf = (f: MoneyFigure) => `${source(f.sourceId).publisher}, ${source(f.sourceId).release}`;


/** "the Cabinet minutes of 18 October 2018" from the release "Cabinet minutes, 18 October 2018". */
const theRecord = (release: string) => `the ${release.replace(/, (\d)/, " of $1")}`;

/** The figures the description names, by role. */
export interface MoneyStory {
  saving: MoneyFigure;
  /** What the saving came from, in the record's terms: "closing six homes". */
  savingFrom: string;
  total: MoneyFigure;
  parts: MoneyFigure[];
  newMoney: MoneyFigure;
  serviceCost: MoneyFigure;
}

/**
 * The saving the proposal named, the budget rise it sat beside and the reported cost of
 * the new service, each attributed to its record in the same sentence; a press figure
 * says it was reported.
 */
export function describeMoney(m: MoneyStory, cite: (f: MoneyFigure) => { publisher: string; release: string }): Description {
  const parts = m.parts.map((p) => `${spokenAmount(p)} for ${p.label.replace(/^Of which: /, "")}`);
  const press = cite(m.serviceCost);
  const lead = [
    `${capitalise(theRecord(cite(m.saving).release))} say ${m.savingFrom} would save ${spokenAmount(m.saving)}${m.saving.period ? ` in ${m.saving.period}` : "; the record does not say over what period"}.`,
    `For ${m.total.period ?? "the year"} the children's social care budget had been raised by ${spokenAmount(m.total)}${parts.length ? `, ${joinAnd(parts)}` : ""}, ${theRecord(cite(m.total).release)} record.`,
    m.serviceCost.confidence === "press"
      ? `The ${press.publisher} reported in ${press.release} that the Edge of Care service would cost an estimated ${spokenAmount(m.serviceCost)}.`
      : `The Edge of Care service was estimated to cost ${spokenAmount(m.serviceCost)}, ${theRecord(press.release)} record.`,
  ];
  return finish(lead, [
    `${capitalise(theRecord(cite(m.newMoney).release))} describe ${spokenAmount(m.newMoney)} of the ${spokenAmount(m.total)} as new money.`,
    m.saving.low !== m.saving.high ? `The saving is drawn as a bar from ${spokenAmount({ ...m.saving, high: m.saving.low })} to ${spokenAmount({ ...m.saving, low: m.saving.high })}, because the source gives a range.` : null,
  ]);
}

// Which figures are drawn, one bar each, top to bottom; parts of the £10.5m follow it.
// Colour groups the bars (the budget increase and its parts; the saving; the service
// cost), but every bar is named in words above it, so colour is never needed to read it.
const ROWS: { id: string; row: string; colour: number }[] = [
  { id: "budget-increase-2018-19", row: "Added to the 2018/19 budget", colour: 0 },
  { id: "budget-increase-placements", row: "Of which: placements", colour: 0 },
  { id: "budget-increase-safeguarding", row: "Of which: safeguarding", colour: 0 },
  { id: "budget-increase-new-money", row: "Of the increase, described as new money", colour: 0 },
  { id: "saving-closing-six-homes", row: "Saving from closing six homes (a range)", colour: 1 },
  { id: "edge-of-care-cost", row: "Edge of Care service (press report)", colour: 3 },
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
    const shown = ROWS.map((r) => fig(r.id));
    // A range is drawn from its low to its high value; a single amount from zero.
    const data: BarSegment[] = ROWS.map((r, i) => {
      const f = shown[i]!;
      return { row: r.row, series: r.row, x1: f.low === f.high ? 0 : f.low, x2: f.high, label: amount(f), tip: `${f.label}: ${amount(f)}${f.confidence === "press" ? " (press report)" : ""}` };
    });
    const colours = Object.fromEntries(ROWS.map((r) => [r.row, r.colour]));
    const alt = "Bar chart in millions of pounds: £10.5m added to the 2018/19 budget, of which £9.3m placements and £1.2m safeguarding, £2m of it described as new money, the £0.5m to £1.2m saving from closing six homes, and the £1.9m a year reported for the Edge of Care service";
    return {
      id: ID,
      // The budget rise was set for the same financial year as the proposal (2018/19), so the title names that year rather than "the year before".
      title: `The children's budget for ${total.period ?? "the year"} rose by ${amount(total)}; Cabinet was told closing six homes would save ${amount(saving)}`,
      subtitle: "Worcestershire children's social care: budget increase for 2018/19, saving from the proposal, and the reported Edge of Care cost, £ million",
      alt,
      ...describeMoney(
        { saving, savingFrom: "closing six homes", total, parts: [fig("budget-increase-placements"), fig("budget-increase-safeguarding")], newMoney: fig("budget-increase-new-money"), serviceCost: fig("edge-of-care-cost") },
        (f) => source(f.sourceId),
      ),
      svg: drawBoth(ID, alt, (document, size, narrow) =>
        barChart(data, { document, ...size, height: 0, narrow, series: ROWS.map((r) => r.row), colours, rows: ROWS.map((r) => r.row), xLabel: "£ million", tickFormat: (d) => formatMoney(d), xMax: total.high }),
      ),
      legend: [],
      table: {
        caption: "The money, in pounds, with the release each figure comes from",
        columns: ["Figure", "Amount", "Period", "Source"],
        rows: shown.map((f) => [f.label, amount(f), f.period ?? (f.per === "year" ? "a year" : "not stated"), `${releaseOf(f)}${f.confidence === "press" ? " (press)" : ""}`]),
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
