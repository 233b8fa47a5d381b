/**
 * Is Worcestershire's rate of children in care a lot for a county like it? Its rate beside
 * its ten statistical neighbours' and England's, over a faint tick for every council in
 * England, 2018 to the latest year. The reader can pick any council (the island, with the
 * values loaded from areaData() as JSON); without JavaScript the chart shows Worcestershire
 * and its neighbours, and the CSV holds every council.
 */
import { Missing, areaChanges, councilLookedAfter, series, source, statisticalNeighbours, type LookedAfterValue } from "../lib/data/index.ts";
import { siteConfig, theArea } from "../lib/site/config.ts";
import { councilYears, neighbourComparison, rankIn } from "../lib/compare/councils.ts";
import { formatIsoDate } from "../lib/format/date.ts";
import { formatNumber, ordinal } from "../lib/format/number.ts";
import { missingText, NOT_IN_DATASET, valueStatus } from "../lib/format/missing.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartCsv, ChartView, TableCell } from "./types.ts";
import { revisionOf } from "../lib/data/revisions.ts";
import { stripChart, type StripPoint, type StripSeries } from "./strip-chart.ts";
import { drawBoth, sourcesOf } from "./view-parts.ts";
import { describeSimilarCouncils, similarCouncilsTitle } from "./similar-councils-text.ts";

const ID = "similar-councils";
const SIZES = { wide: { width: 720, height: 440 }, narrow: { width: 360, height: 380 } };
const UNIT = "per 10,000";
const SERIES = { focus: "Worcestershire", group: "Statistical neighbours", england: "England", context: "Every council" };

/** A table cell: the value (with its revision, which the table notes), or why there is none. */
function cell(v: LookedAfterValue | undefined): TableCell {
  if (v === undefined) return NOT_IN_DATASET;
  if (v.value instanceof Missing) return missingText(v.value.code);
  const revision = revisionOf(v);
  return revision ? { text: formatNumber(v.value), revision } : formatNumber(v.value);
}


function byCode(unit: "rate_per_10000" | "number"): Map<string, LookedAfterValue[]> {
  const out = new Map<string, LookedAfterValue[]>();
  for (const v of councilLookedAfter()) {
    if (v.unit !== unit) continue;
    const list = out.get(v.areaCode) ?? [];
    list.push(v);
    out.set(v.areaCode, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

const points = (values: LookedAfterValue[], years: number[], name?: string): StripPoint[] =>
  years.map((year) => {
    const v = values.find((x) => x.year === year);
    return { code: values[0]?.areaCode ?? "", name: name ?? values[0]?.areaName ?? "", year, value: v && typeof v.value === "number" ? v.value : null };
  });

/** The note on reorganised councils, from data/area-changes.csv. */
function reorganisationNote(): string {
  const changes = areaChanges();
  const breaks = changes.filter((c) => c.treatment === "break" && c.lastYear === null);
  const names = (year: number) => breaks.filter((c) => c.firstYear === year).map((c) => c.areaName).sort((a, b) => a.length - b.length);
  const formed = [...new Set(breaks.map((c) => c.firstYear))].sort().map((year) => `${names(year).join(" and ")} from ${year}`);
  const same = changes.find((c) => c.treatment === "same-area" && c.areaCode !== c.projectCode);
  const sameText = same ? ` ${same.areaName} is one line: DfE's later files list the same area under ${same.areaCode}, with the same DfE number.` : "";
  return `Councils that were reorganised have a break, not a joined line: DfE lists the new councils under new codes (${formed.join("; ")}), and the councils they replaced stop the year before.${sameText}`;
}

function build(): ChartView {
  const years = councilYears();
  const [from, to] = [years[0]!, years.at(-1)!];
  const rates = byCode("rate_per_10000");
  const neighbours = statisticalNeighbours();
  const neighbourCodes = new Set(neighbours.map((n) => n.areaCode));
  const england = series(theArea("nation").code, "looked_after_31_march", "rate_per_10000", from, to);
  const worcs = rates.get(siteConfig().council.area) ?? [];
  const rankTip = (p: StripPoint) => {
    const r = rankIn(p.code, p.year);
    return r ? `; ${ordinal(r.rank)} highest of ${r.of} councils` : "";
  };
  const focus: StripSeries = { series: SERIES.focus, label: "Worcestershire", shortLabel: "Worcs.", colour: 0, points: points(worcs, years), tipExtra: rankTip };
  const group: StripSeries = { series: SERIES.group, label: SERIES.group, colour: 1, points: neighbours.flatMap((n) => points(rates.get(n.areaCode) ?? [], years, n.areaName)) };
  const reference: StripSeries = { series: SERIES.england, label: "England", colour: 2, points: points(england, years, "England").map((p) => ({ ...p, code: theArea("nation").code })) };
  const context = [...rates.entries()].filter(([code]) => code !== siteConfig().council.area && !neighbourCodes.has(code)).flatMap(([, values]) => points(values, years));

  const comparison = (year: number) => ({
    neighbours: neighbourComparison(year)!,
    rank: rankIn(siteConfig().council.area, year)!,
    england: ((v) => (typeof v === "number" ? v : null))(england.find((e) => e.year === year)?.value),
  });
  const facts = { name: "Worcestershire", first: comparison(from), latest: comparison(to), groupSize: neighbours.length };
  const grouping = neighbours[0]!;
  const alt = `Strip chart of children looked after per 10,000 children under 18 at 31 March, ${from} to ${to}: a tick for every council in England each year, with Worcestershire, its ${neighbours.length} statistical neighbours and England drawn as lines`;

  const rowOf = (name: string, values: LookedAfterValue[]): [string, ...TableCell[]] => [name, ...years.map((y) => cell(values.find((v) => v.year === y)))];
  const tableRows: [string, ...TableCell[]][] = [
    rowOf("Worcestershire", worcs),
    ...neighbours.map((n) => rowOf(n.areaName, rates.get(n.areaCode) ?? [])),
    rowOf("England", england),
    ["Worcestershire's rank among all councils, highest rate first (our calculation)", ...years.map((y) => ((r) => (r ? `${ordinal(r.rank)} of ${r.of}` : "no rank")) (rankIn(siteConfig().council.area, y)))],
  ];
  const suppressed = councilLookedAfter().filter((v) => v.unit === "rate_per_10000" && v.value instanceof Missing && v.value.code !== "z");

  return {
    id: ID,
    title: similarCouncilsTitle(facts),
    subtitle: `Children looked after at 31 March per 10,000 children under 18: Worcestershire, its ${neighbours.length} statistical neighbours, England and every council, ${from}–${to}`,
    alt,
    ...describeSimilarCouncils(facts),
    svg: roundCoordinates(
      drawBoth(
        ID,
        alt,
        (document, size, narrow) =>
          stripChart({ document, ...size, narrow, context, contextSeries: SERIES.context, group, reference, focus, yLabel: "Children looked after per 10,000 under-18s", unit: UNIT }),
        SIZES,
      ),
    ),
    legend: [
      { series: SERIES.focus, label: "Worcestershire", colour: 0 },
      { series: SERIES.group, label: `Its ${neighbours.length} statistical neighbours`, colour: 1 },
      { series: SERIES.england, label: "England", colour: 2 },
      { series: SERIES.context, label: "Every council in England (one tick each)", colour: 4, swatch: "block" },
    ],
    table: {
      caption: `Children looked after per 10,000 children under 18, at 31 March, ${from}–${to}: Worcestershire, its statistical neighbours and England (every council is in the CSV)`,
      columns: ["Area", ...years.map(String)],
      rows: tableRows,
      rowKeys: [siteConfig().council.area, ...neighbours.map((n) => n.areaCode), theArea("nation").code, null],
    },
    csv: csvOf(years, neighbourCodes),
    sources: sourcesOf([...councilLookedAfter().map((v) => v.sourceId), ...england.map((v) => v.sourceId), grouping.sourceId]),
    notes: [
      `The statistical neighbours are the councils DfE grouped with Worcestershire as most similar, in the grouping in use from ${formatIsoDate(grouping.groupingDate)}. The grouping in use in 2018 may have listed other councils.`,
      reorganisationNote(),
      `Values DfE did not publish stay missing, never zero${suppressed.length > 0 ? `: ${suppressed.map((v) => `${v.areaName} ${v.year}`).join(" and ")} (suppressed)` : ""}. A rank counts only councils with a published rate; DfE rounds rates to whole numbers, so several councils can share one.`,
    ],
    picker: {
      label: "Highlight a council",
      noneText: "None: Worcestershire and its neighbours",
      dataUrl: `/charts/${ID}/areas.json`,
      options: pickerOptions(),
    },
  };
}

/**
 * A tick for every council makes this SVG large; a tenth of a user unit is finer than any
 * screen shows, and rounding to it cuts the page's weight by about a third.
 */
function roundCoordinates(svg: { wide: string; narrow: string }): { wide: string; narrow: string } {
  const round = (s: string) => s.replace(/\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10));
  return { wide: round(svg.wide), narrow: round(svg.narrow) };
}

/** Every council, by name; councils that share a name say which years they cover. */
function pickerOptions(): { value: string; text: string }[] {
  const names = new Map<string, string>();
  for (const v of councilLookedAfter()) names.set(v.areaCode, v.areaName);
  const changes = new Map(areaChanges().map((c) => [c.areaCode, c]));
  const count = (name: string) => [...names.values()].filter((n) => n === name).length;
  return [...names.entries()]
    .map(([value, name]) => {
      const c = changes.get(value);
      const span = c && count(name) > 1 ? (c.lastYear !== null ? ` (to ${c.lastYear})` : ` (from ${c.firstYear})`) : "";
      return { value, text: `${name}${span}` };
    })
    .sort((a, b) => a.text.localeCompare(b.text, "en-GB"));
}

const CSV_COLUMNS = ["series", "area_code", "area_name", "year", "measure", "unit", "value", "status", "dfe_code", "confidence", "source_id", "source_release", "revised_from", "revised_from_release"];

/** Every council's number and rate, England's rate, each with its release. */
function csvOf(years: number[], neighbourCodes: ReadonlySet<string>): ChartCsv {
  const seriesOf = (code: string) => (code === siteConfig().council.area ? SERIES.focus : neighbourCodes.has(code) ? "Statistical neighbour" : SERIES.context);
  const england = [...series(theArea("nation").code, "looked_after_31_march", "rate_per_10000", years[0], years.at(-1)), ...series(theArea("nation").code, "looked_after_31_march", "number", years[0], years.at(-1))];
  const row = (name: string, v: LookedAfterValue) => [
    name,
    v.areaCode,
    v.areaName,
    v.year,
    v.measure,
    v.unit,
    typeof v.value === "number" ? v.value : null,
    valueStatus(v.value),
    v.value instanceof Missing ? v.value.code : null,
    v.confidence,
    v.sourceId,
    source(v.sourceId).release,
    // As on every chart, an earlier figure is given for a published value; data/looked-after-councils.csv keeps all.
    typeof v.value === "number" ? v.revisedFrom : null,
    typeof v.value === "number" && v.revisedFromSource ? source(v.revisedFromSource).release : null,
  ];
  const order = (a: LookedAfterValue, b: LookedAfterValue) => a.areaName.localeCompare(b.areaName, "en-GB") || a.areaCode.localeCompare(b.areaCode) || a.unit.localeCompare(b.unit) || a.year - b.year;
  return {
    columns: CSV_COLUMNS,
    rows: [...england.map((v) => row(SERIES.england, v)), ...[...councilLookedAfter()].sort(order).map((v) => row(seriesOf(v.areaCode), v))],
  };
}

/** The JSON the island loads when a council is picked: every council's values, small. */
function areaData() {
  const rates = byCode("rate_per_10000");
  const numbers = byCode("number");
  const years = councilYears();
  const releases: Record<string, string> = {};
  const cellOf = (v: LookedAfterValue | undefined) => (v === undefined ? null : v.value instanceof Missing ? v.value.code : v.value);
  const areas: Record<string, { name: string; rate: (number | string | null)[]; number: (number | string | null)[]; source: (string | null)[] }> = {};
  for (const [code, list] of rates) {
    const nums = numbers.get(code) ?? [];
    areas[code] = {
      name: list[0]!.areaName,
      rate: years.map((y) => cellOf(list.find((v) => v.year === y))),
      number: years.map((y) => cellOf(nums.find((v) => v.year === y))),
      source: years.map((y) => {
        const id = list.find((v) => v.year === y)?.sourceId;
        if (id) releases[id] = `DfE, ${source(id).release}`;
        return id ?? null;
      }),
    };
  }
  return {
    unit: UNIT,
    years,
    releases,
    aliases: Object.fromEntries(areaChanges().filter((c) => c.areaCode !== c.projectCode).map((c) => [c.areaCode, c.projectCode])),
    areas,
  };
}

export const similarCouncils: ChartDefinition = { id: ID, build, areaData };
