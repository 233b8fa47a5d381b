/**
 * The council's children's homes before and after the October 2018 proposal, by type,
 * as each source counts them. The sources conflict (10 or 12 homes; four or six to
 * close): each account is its own bar, and none is reconciled with another.
 */
import { accountTotal, HOME_KINDS, homesAccounts, type HomeKind, type HomesAccount } from "../lib/data/homes.ts";
import { source } from "../lib/data/index.ts";
import { barChart, type BarSegment } from "./bar-chart.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import { drawBoth, sourcesOf } from "./view-parts.ts";
import { capitalise, countWord, finish, joinAnd, type Description } from "./describe.ts";
import type { LegendItem } from "./types.ts";

const ID = "homes-before-after";
const KIND_NAMES: Record<HomeKind, { name: string; short: string }> = {
  residential_close: { name: "Residential homes to close", short: "close" },
  residential_stay: { name: "Residential homes to stay open", short: "stay" },
  disability_unaffected: { name: "Homes for disabled children, unaffected", short: "disabled" },
  not_broken_down: { name: "Homes whose type the source does not give", short: "unstated" },
};
const NOT_STATED = "not stated";

const day = (a: HomesAccount, month: "short" | "long") => new Date(`${a.date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month, year: month === "long" ? "numeric" : undefined, timeZone: "UTC" });
const rowName = (a: HomesAccount) => `${a.label}, ${day(a, "short")}`;
const homes = (n: number) => `${n} ${n === 1 ? "home" : "homes"}`;

/** Segments of one account's bar, in the fixed order of kinds. */
export function accountSegments(a: HomesAccount): BarSegment[] {
  const out: BarSegment[] = [];
  let x = 0;
  for (const kind of HOME_KINDS) {
    const n = a.counts[kind];
    if (n === undefined) continue;
    out.push({ row: rowName(a), series: KIND_NAMES[kind].name, x1: x, x2: x + n, label: `${n} ${KIND_NAMES[kind].short}`, shortLabel: String(n), tip: `${a.label}: ${homes(n)}, ${KIND_NAMES[kind].name.toLowerCase()}` });
    x += n;
  }
  return out;
}

/** "the Cabinet minutes", "BBC News": a source as a sentence names it. */
const named = (a: HomesAccount) => a.inSentence ?? a.label;

/** Accounts grouped by the number they give, largest group first. */
function byCount(accounts: readonly HomesAccount[], count: (a: HomesAccount) => number | undefined): { n: number; who: HomesAccount[] }[] {
  const groups = new Map<number, HomesAccount[]>();
  for (const a of accounts) {
    const n = count(a);
    if (n !== undefined) groups.set(n, [...(groups.get(n) ?? []), a]);
  }
  return [...groups].map(([n, who]) => ({ n, who })).sort((x, y) => y.who.length - x.who.length || x.n - y.n);
}

const sayN = (g: { n: number; who: HomesAccount[] }) => `${countWord(g.n)} in ${joinAnd(g.who.map(named))}`;

/**
 * What the accounts agree and disagree on: the total, then how many would close, then
 * whether any source reconciles them. Accounts are grouped by what they say, so no
 * sentence is repeated per source; each source's own count is in the table.
 */
export function describeHomes(accounts: readonly HomesAccount[]): Description {
  const totals = byCount(accounts, accountTotal);
  const closing = byCount(accounts, (a) => a.counts.residential_close);
  const staying = byCount(accounts, (a) => a.counts.residential_stay);
  const disabled = byCount(accounts, (a) => a.counts.disability_unaffected);
  const press = accounts.filter((a) => a.confidence === "press");
  const totalOnly = accounts.filter((a) => HOME_KINDS.every((k) => k === "not_broken_down" || a.counts[k] === undefined));
  const lead = [
    totals.length > 1
      ? `The ${countWord(accounts.length)} accounts of October 2018 disagree on how many children's homes the council ran: ${totals.map(sayN).join(", and ")}.`
      : `${accounts.length === 2 ? "Both" : `All ${countWord(accounts.length)}`} accounts of October 2018 give the council ${homes(totals[0]?.n ?? 0)} in all.`,
    closing.length > 1
      ? `The number of residential homes to close is ${closing.map(sayN).join(", and ")}.`
      : closing.length === 1
        ? `${capitalise(joinAnd(closing[0]!.who.map(named)))} ${closing[0]!.who.length === 1 ? "says" : "say"} ${countWord(closing[0]!.n)} residential homes would close${staying.length === 1 ? ` and ${countWord(staying[0]!.n)} would stay open` : ""}.`
        : null,
    totals.length > 1 || closing.length > 1 ? "None of the published sources we found reconciles the counts." : null,
  ].filter((x): x is string => x !== null);
  return finish(lead, [
    closing.length > 1 && staying.length ? `Residential homes to stay open: ${staying.map((g) => `${countWord(g.n)}, in ${joinAnd(g.who.map(named))}`).join("; ")}.` : null,
    disabled.length ? `Homes for disabled children, which these accounts say were unaffected: ${disabled.map((g) => `${countWord(g.n)}, in ${joinAnd(g.who.map(named))}`).join("; ")}.` : null,
    totalOnly.length ? `${capitalise(joinAnd(totalOnly.map(named)))} ${totalOnly.length === 1 ? "gives" : "give"} a total only, with no breakdown by type.` : null,
    press.length ? `${capitalise(joinAnd(press.map(named)))} ${press.length === 1 ? "is a press report" : "are press reports"}.` : null,
  ]);
}

export const homesBeforeAfter: ChartDefinition = {
  id: ID,
  build() {
    const accounts = homesAccounts();
    const data = accounts.flatMap(accountSegments);
    const kinds = HOME_KINDS.map((k) => KIND_NAMES[k].name);
    const totals = [...new Set(accounts.map(accountTotal))].sort((x, y) => x - y);
    const alt = "Bar chart of the council's children's homes by type, as counted by four sources in October 2018: homes to close, to stay open, homes for disabled children, and homes of unstated type";
    const legend: LegendItem[] = HOME_KINDS.map((k, colour) => ({ series: KIND_NAMES[k].name, label: KIND_NAMES[k].name, colour, swatch: "block" }));
    return {
      id: ID,
      title: `The council said six residential homes would become two; the sources disagree on how many homes it ran in all (${totals.join(" or ")})`,
      subtitle: "Worcestershire County Council's children's homes by type, before and after the October 2018 proposal, as each source counts them",
      alt,
      ...describeHomes(accounts),
      svg: drawBoth(ID, alt, (document, size, narrow) =>
        barChart(data, { document, ...size, height: 0, narrow, series: kinds, rows: accounts.map(rowName), xLabel: "Homes", tickFormat: (d) => String(d), xMax: Math.max(...totals) }),
      ),
      legend,
      table: {
        caption: "Council children's homes by type, as each source counts them (October 2018)",
        columns: ["Source", ...kinds, "Total"],
        rows: accounts.map((a) => [`${a.label}, ${day(a, "long")}`, ...HOME_KINDS.map((k) => (a.counts[k] === undefined ? NOT_STATED : String(a.counts[k]))), String(accountTotal(a))]),
      },
      csv: {
        columns: ["account", "kind", "homes", "confidence", "source_id", "source_release", "source_says"],
        rows: accounts.flatMap((a) => HOME_KINDS.filter((k) => a.counts[k] !== undefined).map((k) => [a.label, KIND_NAMES[k].name, a.counts[k]!, a.confidence, a.sourceId, source(a.sourceId).release, a.says])),
      },
      sources: sourcesOf(accounts.map((a) => a.sourceId)),
      notes: [
        ...accounts.map((a) => `${a.label}: ${a.says}${a.confidence === "press" ? " (press report)" : ""}`),
        "Which two residential homes stayed open, and when the others closed, is not found in published sources.",
      ],
    };
  },
};
