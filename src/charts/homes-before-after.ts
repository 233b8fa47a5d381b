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
import type { LegendItem } from "./types.ts";

const ID = "homes-before-after";
const KIND_NAMES: Record<HomeKind, { name: string; short: string }> = {
  residential_close: { name: "Residential homes to close", short: "close" },
  residential_stay: { name: "Residential homes to stay open", short: "stay" },
  disability_unaffected: { name: "Homes for disabled children, unaffected", short: "disabled" },
  close_type_unstated: { name: "Homes to close, type not stated", short: "close" },
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

/** Totals the sources state themselves, lowest first; a sum of our own is not a source's total. */
export function statedTotals(accounts: readonly HomesAccount[]): number[] {
  return [...new Set(accounts.map((a) => a.statedTotal).filter((n): n is number => n !== null))].sort((x, y) => x - y);
}

/** The disagreement first, then what each source says, in its own terms. */
export function describeHomes(accounts: readonly HomesAccount[]): string {
  const totals = statedTotals(accounts);
  const closing = [...new Set(accounts.map((a) => a.counts.residential_close ?? a.counts.close_type_unstated).filter((n): n is number => n !== undefined))].sort((x, y) => x - y);
  const lead =
    totals.length > 1
      ? `The sources disagree. Those that give a total say the council ran ${totals.join(" or ")} children's homes${closing.length > 1 ? `, and the accounts put the number to close at ${closing.join(" or ")}` : ""}. No published source we found settles it.`
      : "The sources agree on the count of homes.";
  const accountsText = accounts.map((a) => {
    const sum = a.statedTotal === null ? ` By our own count that is ${homes(accountTotal(a))} in all; the source gives no total.` : "";
    return `${a.label} (${day(a, "long")}${a.confidence === "press" ? ", a press report" : ""}): ${a.says}${sum}`;
  });
  return [lead, ...accountsText].join(" ");
}

/** A table cell: the count, marked where it is our arithmetic rather than the source's figure. */
function countCell(a: HomesAccount, k: HomeKind): string {
  const n = a.counts[k];
  if (n === undefined) return NOT_STATED;
  return a.derived.includes(k) ? `${n} (our count)` : String(n);
}

export const homesBeforeAfter: ChartDefinition = {
  id: ID,
  build() {
    const accounts = homesAccounts();
    const data = accounts.flatMap(accountSegments);
    const kinds = HOME_KINDS.map((k) => KIND_NAMES[k].name);
    const totals = statedTotals(accounts);
    const alt = "Bar chart of the council's children's homes by type, as four sources in October 2018 counted them: homes to close, to stay open, homes for disabled children, and homes whose type the source does not give";
    const legend: LegendItem[] = HOME_KINDS.map((k, colour) => ({ series: KIND_NAMES[k].name, label: KIND_NAMES[k].name, colour, swatch: "block" }));
    return {
      id: ID,
      title: `The council said six residential homes would become two; the sources disagree on how many homes it ran in all (${totals.join(" or ")})`,
      subtitle: "Worcestershire County Council's children's homes by type, before and after the October 2018 proposal, as each source counts them",
      alt,
      description: describeHomes(accounts),
      svg: drawBoth(ID, alt, (document, size, narrow) =>
        barChart(data, { document, ...size, height: 0, narrow, series: kinds, rows: accounts.map(rowName), xLabel: "Homes", tickFormat: (d) => String(d), xMax: Math.max(...accounts.map(accountTotal)) }),
      ),
      legend,
      table: {
        caption: "Council children's homes by type, as each source counts them (October 2018)",
        columns: ["Source", ...kinds, "Total the source gives"],
        rows: accounts.map((a) => [`${a.label}, ${day(a, "long")}`, ...HOME_KINDS.map((k) => countCell(a, k)), a.statedTotal === null ? `${NOT_STATED} (our sum: ${accountTotal(a)})` : String(a.statedTotal)]),
      },
      csv: {
        columns: ["account", "kind", "homes", "confidence", "source_id", "source_release", "source_says"],
        rows: accounts.flatMap((a) => HOME_KINDS.filter((k) => a.counts[k] !== undefined).map((k) => [a.label, KIND_NAMES[k].name, a.counts[k]!, a.derived.includes(k) ? "calc" : a.confidence, a.sourceId, source(a.sourceId).release, a.says])),
      },
      sources: sourcesOf(accounts.map((a) => a.sourceId)),
      notes: [
        ...accounts.map((a) => `${a.label}: ${a.says}${a.confidence === "press" ? " (press report)" : ""}`),
        "Counts marked \"our count\" are our arithmetic on what the source says (six homes cut to two is four to close), not figures the source gives.",
        "Which two residential homes stayed open, and when the others closed, is not found in published sources.",
      ],
    };
  },
};
