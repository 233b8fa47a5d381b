/**
 * The council's children's homes before and after the proposal, by type, as each source
 * counts them (data/homes-accounts.csv). Where the sources conflict on the total or on how
 * many would close, each account is its own bar, and none is reconciled with another.
 */
import { accountTotal, HOME_KINDS, type HomeKind, type HomesAccount } from "../../lib/data/homes.ts";
import { barChart, type BarSegment } from "../drawing/bar-chart.ts";
import type { ChartKind } from "../chart-definition.ts";
import { homesBeforeAfterEntry, type HomesBeforeAfterEntry } from "../../schemas/chart-entry.ts";
import { drawBoth, sourcesOf } from "../view-parts.ts";
import { countWord, finish, joinAnd, withDetails, type Description } from "../describe.ts";
import { upperFirst } from "../../format/case.ts";
import type { LegendItem } from "../types.ts";
import { formatIsoDate, formatShortDay } from "../../format/date.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";

/** The homes chart's words (the wording's charts.homes). */
export type HomesWords = Ui["charts"]["homes"];

/** The name (legend, table column) and bar word of each kind of home. */
export type KindNames = Record<HomeKind, { name: string; short: string }>;

const rowName = (a: HomesAccount) => `${a.label}, ${formatShortDay(a.date)}`;
const homes = (n: number, w: HomesWords) => fillSlots(n === 1 ? w.home : w.homes, { n });

/** Segments of one account's bar, in the fixed order of kinds. */
export function accountSegments(a: HomesAccount, names: KindNames, w: HomesWords): BarSegment[] {
  const out: BarSegment[] = [];
  let x = 0;
  for (const kind of HOME_KINDS) {
    const n = a.counts[kind];
    if (n === undefined) continue;
    // A count that is our arithmetic on the source's words says so on the bar itself, so an image of the chart cannot pass it off as the source's.
    const ours = a.derived.includes(kind);
    out.push({
      row: rowName(a),
      series: names[kind].name,
      x1: x,
      x2: x + n,
      label: fillSlots(ours ? w.labelOurs : w.label, { n, kind: names[kind].short, ourCount: w.ourCount }),
      shortLabel: ours ? fillSlots(w.shortLabelOurs, { n }) : String(n),
      tip: fillSlots(ours ? w.tipOurs : w.tip, { account: a.label, homes: homes(n, w), kind: names[kind].name.toLowerCase(), ourCount: w.ourCount }),
    });
    x += n;
  }
  return out;
}

/** "the Cabinet minutes", "the Example Gazette": a source as a sentence names it. */
const named = (a: HomesAccount) => a.inSentence ?? a.label;

/** Totals the sources state themselves, lowest first; a sum of our own is not a source's total. */
export function statedTotals(accounts: readonly HomesAccount[]): number[] {
  return [...new Set(accounts.map((a) => a.statedTotal).filter((n): n is number => n !== null))].sort((x, y) => x - y);
}

/**
 * The totals the sources state, each with who states it: "the Example Gazette reported 10; the
 * council's minutes gave 12". A press total is attributed as reported.
 */
export function sourcedTotals(accounts: readonly HomesAccount[], w: HomesWords): string {
  return byCount(accounts, (a) => a.statedTotal)
    .sort((x, y) => x.n - y.n)
    .map((g) => {
      const press = g.who.filter((a) => a.confidence === "press");
      const record = g.who.filter((a) => a.confidence !== "press");
      return [
        press.length ? fillSlots(w.totalReported, { who: joinAnd(press.map(named)), n: g.n }) : null,
        record.length ? fillSlots(w.totalIn, { n: g.n, who: joinAnd(record.map(named)) }) : null,
      ]
        .filter(Boolean)
        .join("; ");
    })
    .join("; ");
}

/** Accounts grouped by the number they give, largest group first. */
function byCount(accounts: readonly HomesAccount[], count: (a: HomesAccount) => number | undefined | null): { n: number; who: HomesAccount[] }[] {
  const groups = new Map<number, HomesAccount[]>();
  for (const a of accounts) {
    const n = count(a);
    if (n !== undefined && n !== null) groups.set(n, [...(groups.get(n) ?? []), a]);
  }
  return [...groups].map(([n, who]) => ({ n, who })).sort((x, y) => y.who.length - x.who.length || x.n - y.n);
}

/** "two, in the council's news release and the local paper (our count for the local paper)". */
function inAccounts(g: { n: number; who: HomesAccount[] }, kind: HomeKind, w: HomesWords): string {
  const ours = g.who.filter((a) => a.derived.includes(kind));
  const slots = { count: countWord(g.n), who: joinAnd(g.who.map(named)), ours: joinAnd(ours.map(named)) };
  return fillSlots(ours.length === 0 ? w.inAccounts : ours.length === g.who.length ? w.inAccountsAllOurs : w.inAccountsSomeOurs, slots);
}

/** The kinds of home a closure count is of, and their words' keys in charts.homes. */
const CLOSING: { kind: HomeKind; words: "closingResidential" | "closingUnstated" }[] = [
  { kind: "residential_close", words: "closingResidential" },
  { kind: "close_type_unstated", words: "closingUnstated" },
];

/**
 * What the accounts agree and disagree on: the totals the sources state, then how many
 * homes would close, then that no source settles it. Accounts are grouped by what they
 * say, so no sentence is repeated per source; a count that is our arithmetic on what a
 * source says is marked as ours, and each source's own figures are in the table. `when`
 * is when the accounts were given, as a sentence says it ("October 2018").
 */
export function describeHomes(accounts: readonly HomesAccount[], when: string, w: HomesWords): Description {
  const totals = byCount(accounts, (a) => a.statedTotal);
  const noTotal = accounts.filter((a) => a.statedTotal === null);
  const closing = CLOSING.flatMap((c) => byCount(accounts, (a) => a.counts[c.kind]).map((g) => ({ ...g, ...c })));
  const staying = byCount(accounts, (a) => a.counts.residential_stay);
  const disabled = byCount(accounts, (a) => a.counts.disability_unaffected);
  const press = accounts.filter((a) => a.confidence === "press");
  const totalsText = joinAnd(totals.map((g) => fillSlots(w.totalFrom, { n: g.n, who: joinAnd(g.who.map(named)) })));
  const lacking = noTotal.length ? `; ${fillSlots(w.noTotal, { who: joinAnd(noTotal.map(named)) })}` : "";
  // What a source states comes first; a count that is our arithmetic on its words says so.
  const closingText = [...closing]
    .sort((x, y) => Number(x.who.every((a) => a.derived.includes(x.kind))) - Number(y.who.every((a) => a.derived.includes(y.kind))))
    .map((g) => {
      const names = joinAnd(g.who.map(named));
      const n = fillSlots(w[g.words], { count: countWord(g.n) });
      if (g.who.every((a) => a.derived.includes(g.kind))) return fillSlots(g.who.length === 1 ? w.closingOursOne : w.closingOursMany, { names, homes: n });
      return fillSlots(w.closingGave, { names, homes: n });
    });
  const disagree = totals.length > 1 || closing.length > 1;
  const lead = [
    totals.length > 1
      ? fillSlots(w.totalsDisagree, { when, totals: totalsText, lacking })
      : totals.length === 1
        ? fillSlots(w.totalsAgree, { homes: homes(totals[0]!.n, w), when, lacking })
        : w.noTotals,
    closingText.length ? fillSlots(w.closures, { closing: closingText.join("; ") }) : null,
    disagree ? w.unsettled : null,
  ].filter((x): x is string => x !== null);
  const sums = byCount(noTotal, accountTotal);
  return finish(lead, [
    sums.length ? fillSlots(w.sums, { sums: sums.map((g) => fillSlots(w.sum, { who: joinAnd(g.who.map(named)), n: g.n })).join(w.sumsJoiner) }) : null,
    staying.length ? fillSlots(w.staying, { counts: staying.map((g) => inAccounts(g, "residential_stay", w)).join("; ") }) : null,
    disabled.length ? fillSlots(w.disabled, { counts: disabled.map((g) => inAccounts(g, "disability_unaffected", w)).join("; ") }) : null,
    press.length ? fillSlots(press.length === 1 ? w.pressOne : w.pressMany, { who: upperFirst(joinAnd(press.map(named))) }) : null,
  ]);
}

/** A table cell: the count, marked where it is our arithmetic rather than the source's figure. */
function countCell(a: HomesAccount, k: HomeKind, w: HomesWords): string {
  const n = a.counts[k];
  if (n === undefined) return w.notStated;
  return a.derived.includes(k) ? fillSlots(w.cellOurs, { n, ourCount: w.ourCount }) : String(n);
}

/** The accounts, in the order drawn (the council's own first). */
export interface HomesData {
  accounts: readonly HomesAccount[];
}

export const homesBeforeAfter: ChartKind<HomesBeforeAfterEntry, HomesData> = {
  entry: homesBeforeAfterEntry,
  binds: () => ["accounts", "totals", "totals.sourced", "before", "after"],
  build({ id, entry, text, data, sources, ui }) {
    const { accounts } = data;
    const w = ui.charts.homes;
    const own = accounts.find((a) => a.sourceId === entry.account);
    if (!own) throw new Error(`${id}: account "${entry.account}" is not in data/homes-accounts.csv`);
    const stay = own.counts.residential_stay;
    if (stay === undefined || own.counts.residential_close === undefined) throw new Error(`${id}: account "${entry.account}" gives no residential homes to close and to stay open, which the title gives`);
    const totals = statedTotals(accounts);
    const t = text({ accounts: countWord(accounts.length), totals: totals.join(" or "), "totals.sourced": sourcedTotals(accounts, w), before: countWord(own.counts.residential_close + stay), after: countWord(stay) });
    const names = t.kinds as KindNames;
    const points = accounts.flatMap((a) => accountSegments(a, names, w));
    const kinds = HOME_KINDS.map((k) => names[k].name);
    const legend: LegendItem[] = HOME_KINDS.map((k, colour) => ({ series: names[k].name, label: names[k].name, colour, swatch: "block" }));
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeHomes(accounts, t.when, w), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) =>
        barChart(points, { document, ...size, height: 0, narrow, series: kinds, rows: accounts.map(rowName), xLabel: t.xLabel, tickFormat: (d) => String(d), xMax: Math.max(...accounts.map(accountTotal)) }),
      ),
      legend,
      table: {
        caption: t.caption,
        columns: [t.columns.source, ...kinds, t.columns.total],
        rows: accounts.map((a) => [`${a.label}, ${formatIsoDate(a.date)}`, ...HOME_KINDS.map((k) => countCell(a, k, w)), a.statedTotal === null ? fillSlots(w.ourSum, { notStated: w.notStated, sum: accountTotal(a) }) : String(a.statedTotal)]),
      },
      csv: {
        columns: ["account", "kind", "homes", "confidence", "source_id", "source_release", "source_says"],
        rows: accounts.flatMap((a) => HOME_KINDS.filter((k) => a.counts[k] !== undefined).map((k) => [a.label, names[k].name, a.counts[k]!, a.derived.includes(k) ? "calc" : a.confidence, a.sourceId, sources.source(a.sourceId).release, a.says])),
      },
      sources: sourcesOf(accounts.map((a) => a.sourceId), sources),
      notes: [...accounts.map((a) => fillSlots(a.confidence === "press" ? w.notePress : w.note, { account: a.label, says: a.says })), ...t.notes],
    };
  },
};
