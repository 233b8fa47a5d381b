/**
 * The money: a budget increase and its parts, the saving the proposal named and the
 * reported cost of the service it proposed, from data/money.csv; the entry names which
 * figure is which and the words above each bar. One bar each, on one scale of pounds.
 */
import { typeset } from "../../format/typography.ts";
import type { MoneyFigure } from "../../lib/data/index.ts";
import { barChart, type BarSegment } from "../drawing/bar-chart.ts";
import type { ChartKind } from "../chart-definition.ts";
import { moneyEntry, type MoneyEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, sourcesOf } from "../view-parts.ts";
import { finish, joinAnd, withDetails, type Description } from "../describe.ts";
import { upperFirst } from "../../format/case.ts";
import { formatAmount as amount, formatAmountSpoken as spokenAmount, formatMoney } from "../../format/money.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";

/** The money chart's words (the wording's charts.money). */
export type MoneyWords = Ui["charts"]["money"];



/** "the Cabinet minutes of 18 October 2018" from the release "Cabinet minutes, 18 October 2018". */
const theRecord = (release: string) => `the ${release.replace(/, (\d)/, " of $1")}`;

/** The figures the description names, by role. */
export interface MoneyStory {
  saving: MoneyFigure;
  /** What the saving came from, in the record's terms: "closing six homes". */
  savingFrom: string;
  /** The budget that was raised, as a sentence names it: "the children's social care budget". */
  budget: string;
  /** The service whose cost is given, as a sentence names it: "the new service". */
  service: string;
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
export function describeMoney(m: MoneyStory, cite: (f: MoneyFigure) => { publisher: string; release: string }, w: MoneyWords): Description {
  const parts = m.parts.map((p) => fillSlots(w.part, { amount: spokenAmount(p), label: p.label.replace(/^Of which: /, "") }));
  const press = cite(m.serviceCost);
  const saving = { record: upperFirst(theRecord(cite(m.saving).release)), from: m.savingFrom, amount: spokenAmount(m.saving) };
  const raised = { period: m.total.period ?? w.periodUnstated, budget: m.budget, amount: spokenAmount(m.total), record: theRecord(cite(m.total).release) };
  const lead = [
    m.saving.period ? fillSlots(w.savingIn, { ...saving, period: m.saving.period }) : fillSlots(w.savingNoPeriod, saving),
    parts.length ? fillSlots(w.raisedWithParts, { ...raised, parts: joinAnd(parts) }) : fillSlots(w.raised, raised),
    m.serviceCost.confidence === "press"
      ? fillSlots(w.costReported, { publisher: press.publisher, service: m.service, amount: spokenAmount(m.serviceCost) })
      : fillSlots(w.costRecorded, { service: upperFirst(m.service), amount: spokenAmount(m.serviceCost), record: theRecord(press.release) }),
  ];
  return finish(lead, [
    fillSlots(w.newMoney, { record: upperFirst(theRecord(cite(m.newMoney).release)), amount: spokenAmount(m.newMoney), total: spokenAmount(m.total) }),
    m.saving.low !== m.saving.high
      ? fillSlots(w.range, { low: spokenAmount({ ...m.saving, high: m.saving.low }), high: spokenAmount({ ...m.saving, low: m.saving.high }) })
      : null,
  ]);
}

/** Every money figure of the data package. */
export interface MoneyData {
  figures: readonly MoneyFigure[];
}

/** The figure ids an entry names: its bars and the roles in the description. */
const figureIds = (e: MoneyEntry) => [...new Set([...e.rows.map((r) => r.figure), e.story.total, ...e.story.parts, e.story.newMoney, e.story.saving, e.story.serviceCost])];

// Each figure binds as {{<id>}} (its amount), {{<id>.low}}, {{<id>.high}} and {{<id>.period}}.
const SUFFIXES = ["", ".low", ".high", ".period"];

export const money: ChartKind<MoneyEntry, MoneyData> = {
  entry: moneyEntry,
  binds: (e) => figureIds(e).flatMap((id) => SUFFIXES.map((s) => `${id}${s}`)),
  build({ id, entry, text, data, sources, ui }) {
    const w = ui.charts.money;
    const fig = (figure: string) => {
      const f = data.figures.find((x) => x.id === figure);
      if (!f) throw new Error(`${id}: data/money.csv has no figure "${figure}"`);
      return f;
    };
    const t = text(
      Object.fromEntries(
        figureIds(entry).flatMap((figure) => {
          const f = fig(figure);
          return [[figure, amount(f)], [`${figure}.low`, formatMoney(f.low)], [`${figure}.high`, formatMoney(f.high)], [`${figure}.period`, f.period ?? w.periodUnstated]];
        }),
      ),
    );
    const rows = t.rows;
    const total = fig(entry.story.total);
    const shown = rows.map((r) => fig(r.figure));
    // A range is drawn from its low to its high value; a single amount from zero.
    const bars: BarSegment[] = rows.map((r, i) => {
      const f = shown[i]!;
      return { row: r.row, series: r.row, x1: f.low === f.high ? 0 : f.low, x2: f.high, label: amount(f), tip: typeset(fillSlots(f.confidence === "press" ? w.tipPress : w.tip, { label: f.label, amount: amount(f) })) };
    });
    const colours = Object.fromEntries(rows.map((r) => [r.row, r.colour]));
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(
        describeMoney(
          { saving: fig(entry.story.saving), savingFrom: t.savingFrom, budget: t.budget, service: t.service, total, parts: entry.story.parts.map(fig), newMoney: fig(entry.story.newMoney), serviceCost: fig(entry.story.serviceCost) },
          (f) => sources.source(f.sourceId),
          w,
        ),
        t.details,
      ),
      svg: drawBoth(id, t.alt, (document, size, narrow) =>
        barChart(bars, { document, ...size, height: 0, narrow, series: rows.map((r) => r.row), colours, rows: rows.map((r) => r.row), xLabel: t.xLabel, tickFormat: (d) => formatMoney(d), xMax: total.high }),
      ),
      legend: [],
      table: {
        caption: t.caption,
        columns: [t.columns.figure, t.columns.amount, t.columns.period, t.columns.source],
        rows: shown.map((f) => {
          const s = sources.source(f.sourceId);
          return [f.label, amount(f), f.period ?? (f.per === "year" ? w.perYear : w.periodNotStated), fillSlots(f.confidence === "press" ? w.sourcePress : w.source, { publisher: s.publisher, release: s.release })];
        }),
      },
      csv: {
        columns: ["id", "label", "part_of", "period", "low_gbp", "high_gbp", "per", "confidence", "source_id", "source_release"],
        rows: shown.map((f) => [f.id, f.label, f.partOf, f.period, f.low, f.high, f.per, f.confidence, f.sourceId, sources.source(f.sourceId).release]),
      },
      sources: sourcesOf(shown.map((f) => f.sourceId), sources),
      notes: [...shown.filter((f) => f.note).map((f) => `${f.label}: ${f.note}`), ...t.notes],
    };
  },
};
