/**
 * The council's children's homes before and after the proposal, by type, as each source
 * counts them (data/homes-accounts.csv). Where the sources conflict on the total or on how
 * many would close, each account is its own bar, and none is reconciled with another.
 */
import { accountTotal, HOME_KINDS, type HomeKind, type HomesAccount } from "../lib/data/homes.ts";
import { barChart, type BarSegment } from "./bar-chart.ts";
import type { ChartKind } from "./chart-definition.ts";
import { homesBeforeAfterEntry, type HomesBeforeAfterEntry } from "../schemas/chart-entry.ts";
import { drawBoth, sourcesOf } from "./view-parts.ts";
import { countWord, finish, joinAnd, withDetails, type Description } from "./describe.ts";
import { upperFirst } from "../lib/format/case.ts";
import type { LegendItem } from "./types.ts";
import { formatIsoDate, formatShortDay } from "../lib/format/date.ts";

/** The name (legend, table column) and bar word of each kind of home. */
export type KindNames = Record<HomeKind, { name: string; short: string }>;

/** A table cell for a count the source does not give (generic words, as in every table). */
const NOT_STATED = "not stated";
/** How a count that is our arithmetic on a source's words is marked (generic words, as in every table). */
const OUR_COUNT = "our count";

const rowName = (a: HomesAccount) => `${a.label}, ${formatShortDay(a.date)}`;
const homes = (n: number) => `${n} ${n === 1 ? "home" : "homes"}`;

/** Segments of one account's bar, in the fixed order of kinds. */
export function accountSegments(a: HomesAccount, names: KindNames): BarSegment[] {
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
      label: `${n} ${names[kind].short}${ours ? ` (${OUR_COUNT})` : ""}`,
      shortLabel: ours ? `${n} (ours)` : String(n),
      tip: `${a.label}: ${homes(n)}, ${names[kind].name.toLowerCase()}${ours ? `, ${OUR_COUNT} from what it says` : ""}`,
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
 * The totals the sources state, each with who states it: "the Example Gazette reported 10; 12 in
 * the council's minutes". A press total is attributed as reported.
 */
export function sourcedTotals(accounts: readonly HomesAccount[]): string {
  return byCount(accounts, (a) => a.statedTotal)
    .sort((x, y) => x.n - y.n)
    .map((g) => {
      const press = g.who.filter((a) => a.confidence === "press");
      const record = g.who.filter((a) => a.confidence !== "press");
      return [press.length ? `${joinAnd(press.map(named))} reported ${g.n}` : null, record.length ? `${g.n} in ${joinAnd(record.map(named))}` : null].filter(Boolean).join("; ");
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
function inAccounts(g: { n: number; who: HomesAccount[] }, kind: HomeKind): string {
  const ours = g.who.filter((a) => a.derived.includes(kind));
  const mark = ours.length === 0 ? "" : ours.length === g.who.length ? ", our count from what they say" : ` (our count for ${joinAnd(ours.map(named))})`;
  return `${countWord(g.n)}, in ${joinAnd(g.who.map(named))}${mark}`;
}

const CLOSING: { kind: HomeKind; words: string }[] = [
  { kind: "residential_close", words: "residential homes" },
  { kind: "close_type_unstated", words: "homes of a type not stated" },
];

/**
 * What the accounts agree and disagree on: the totals the sources state, then how many
 * homes would close, then that no source settles it. Accounts are grouped by what they
 * say, so no sentence is repeated per source; a count that is our arithmetic on what a
 * source says is marked as ours, and each source's own figures are in the table. `when`
 * is when the accounts were given, as a sentence says it ("October 2018").
 */
export function describeHomes(accounts: readonly HomesAccount[], when: string): Description {
  const totals = byCount(accounts, (a) => a.statedTotal);
  const noTotal = accounts.filter((a) => a.statedTotal === null);
  const closing = CLOSING.flatMap((c) => byCount(accounts, (a) => a.counts[c.kind]).map((g) => ({ ...g, ...c })));
  const staying = byCount(accounts, (a) => a.counts.residential_stay);
  const disabled = byCount(accounts, (a) => a.counts.disability_unaffected);
  const press = accounts.filter((a) => a.confidence === "press");
  const totalsText = joinAnd(totals.map((g) => `${g.n} from ${joinAnd(g.who.map(named))}`));
  const lacking = noTotal.length ? `; ${joinAnd(noTotal.map(named))} gave no total` : "";
  // What a source states comes first; a count that is our arithmetic on its words says so.
  const closingText = [...closing]
    .sort((x, y) => Number(x.who.every((a) => a.derived.includes(x.kind))) - Number(y.who.every((a) => a.derived.includes(y.kind))))
    .map((g) => {
      const names = joinAnd(g.who.map(named));
      const n = `${countWord(g.n)} ${g.words}`;
      if (g.who.every((a) => a.derived.includes(g.kind))) return `by our count from what ${g.who.length === 1 ? "it said" : "they said"}, ${names} meant ${n}`;
      return `${names} gave ${n}`;
    });
  const disagree = totals.length > 1 || closing.length > 1;
  const lead = [
    totals.length > 1
      ? `The sources disagree on how many children's homes the council ran in ${when}: the totals given are ${totalsText}${lacking}.`
      : totals.length === 1
        ? `The sources that give a total agree the council ran ${homes(totals[0]!.n)} in ${when}${lacking}.`
        : "None of the sources gives a total of the council's children's homes.",
    closingText.length ? `On closures, ${closingText.join("; ")}.` : null,
    disagree ? "No published source we found settles it." : null,
  ].filter((x): x is string => x !== null);
  const sums = byCount(noTotal, accountTotal);
  return finish(lead, [
    sums.length ? `Added up by us, the types of home in ${sums.map((g) => `${joinAnd(g.who.map(named))} come to ${g.n}`).join(", and in ")}.` : null,
    staying.length ? `Residential homes to stay open: ${staying.map((g) => inAccounts(g, "residential_stay")).join("; ")}.` : null,
    disabled.length ? `Homes for disabled children, which these accounts said were unaffected: ${disabled.map((g) => inAccounts(g, "disability_unaffected")).join("; ")}.` : null,
    press.length ? `${upperFirst(joinAnd(press.map(named)))} ${press.length === 1 ? "is a press report" : "are press reports"}.` : null,
  ]);
}

/** A table cell: the count, marked where it is our arithmetic rather than the source's figure. */
function countCell(a: HomesAccount, k: HomeKind): string {
  const n = a.counts[k];
  if (n === undefined) return NOT_STATED;
  return a.derived.includes(k) ? `${n} (${OUR_COUNT})` : String(n);
}

/** The accounts, in the order drawn (the council's own first). */
export interface HomesData {
  accounts: readonly HomesAccount[];
}

export const homesBeforeAfter: ChartKind<HomesBeforeAfterEntry, HomesData> = {
  entry: homesBeforeAfterEntry,
  binds: () => ["accounts", "totals", "totals.sourced", "before", "after"],
  build({ id, entry, text, data, sources }) {
    const { accounts } = data;
    const own = accounts.find((a) => a.sourceId === entry.account);
    if (!own) throw new Error(`${id}: account "${entry.account}" is not in data/homes-accounts.csv`);
    const stay = own.counts.residential_stay;
    if (stay === undefined || own.counts.residential_close === undefined) throw new Error(`${id}: account "${entry.account}" gives no residential homes to close and to stay open, which the title gives`);
    const totals = statedTotals(accounts);
    const t = text({ accounts: countWord(accounts.length), totals: totals.join(" or "), "totals.sourced": sourcedTotals(accounts), before: countWord(own.counts.residential_close + stay), after: countWord(stay) });
    const names = t.kinds as KindNames;
    const points = accounts.flatMap((a) => accountSegments(a, names));
    const kinds = HOME_KINDS.map((k) => names[k].name);
    const legend: LegendItem[] = HOME_KINDS.map((k, colour) => ({ series: names[k].name, label: names[k].name, colour, swatch: "block" }));
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeHomes(accounts, t.when), t.details),
      svg: drawBoth(id, t.alt, (document, size, narrow) =>
        barChart(points, { document, ...size, height: 0, narrow, series: kinds, rows: accounts.map(rowName), xLabel: t.xLabel, tickFormat: (d) => String(d), xMax: Math.max(...accounts.map(accountTotal)) }),
      ),
      legend,
      table: {
        caption: t.caption,
        columns: [t.columns.source, ...kinds, t.columns.total],
        rows: accounts.map((a) => [`${a.label}, ${formatIsoDate(a.date)}`, ...HOME_KINDS.map((k) => countCell(a, k)), a.statedTotal === null ? `${NOT_STATED} (our sum: ${accountTotal(a)})` : String(a.statedTotal)]),
      },
      csv: {
        columns: ["account", "kind", "homes", "confidence", "source_id", "source_release", "source_says"],
        rows: accounts.flatMap((a) => HOME_KINDS.filter((k) => a.counts[k] !== undefined).map((k) => [a.label, names[k].name, a.counts[k]!, a.derived.includes(k) ? "calc" : a.confidence, a.sourceId, sources.source(a.sourceId).release, a.says])),
      },
      sources: sourcesOf(accounts.map((a) => a.sourceId), sources),
      notes: [...accounts.map((a) => `${a.label}: ${a.says}${a.confidence === "press" ? " (press report)" : ""}`), ...t.notes],
    };
  },
};
