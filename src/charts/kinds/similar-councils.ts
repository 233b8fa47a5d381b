/**
 * Is the council's rate of children in care a lot for a county like it? Its rate beside
 * its statistical neighbours' and the nation's, over a faint tick for every council, over
 * every year of the all-councils dataset. The reader can pick any council (the island, with
 * the values loaded from areaData() as JSON); without JavaScript the chart shows the
 * council and its neighbours, and the CSV holds every council.
 */
import { UNIT } from "../../lib/data/looked-after-terms.ts";
import { fillSlots, type Ui } from "../../lib/content/ui.ts";
import { Missing, type AreaChange, type LookedAfterValue, type StatisticalNeighbour, type Unit } from "../../lib/data/index.ts";
import type { CouncilRank, NeighbourComparison } from "../../lib/compare/councils.ts";
import { formatIsoDate } from "../../format/date.ts";
import { formatNumber } from "../../format/number.ts";
import { rankCell, rankTip } from "./rank-text.ts";
import { formatValue, missingText, valueStatus, type MissingWords } from "../../format/missing.ts";
import type { ChartKind, SourceCatalogue } from "../chart-definition.ts";
import { similarCouncilsEntry, type SimilarCouncilsEntry } from "../../schemas/chart-entry.ts";
import type { ChartCsv, ChartLayouts, TableCell } from "../types.ts";
import { STRIP_SIZES, stripChart, type StripPoint, type StripSeries } from "../drawing/strip-chart.ts";
import { drawBoth, sourcesOf } from "../view-parts.ts";
import { joinAnd, withDetails } from "../describe.ts";
import { describeSimilarCouncils, titleForm } from "./similar-councils-text.ts";
import { chartFiles, COMPARE_BASE } from "../outputs/downloads.ts";


/** An area as the chart names it. */
interface Named {
  code: string;
  name: string;
  shortLabel?: string | undefined;
}

/** Everything the chart draws, gathered for it. */
export interface SimilarCouncilsData {
  council: Named;
  nation: Named;
  /** The years of the all-councils dataset, ascending. */
  years: number[];
  /** Every council's number and rate (data/looked-after-councils.csv). */
  councils: readonly LookedAfterValue[];
  /** The nation's rate and number over the same years. */
  nationRate: LookedAfterValue[];
  nationNumber: LookedAfterValue[];
  neighbours: StatisticalNeighbour[];
  areaChanges: readonly AreaChange[];
  /** A council's rank among all councils in a year (null without a published rate). */
  rank(code: string, year: number): CouncilRank | null;
  /** The council against its neighbours in a year. */
  comparison(year: number): NeighbourComparison | null;
}

/** A table cell: the value (with its revision, which the table notes), or why there is none. */
function cell(v: LookedAfterValue | undefined, cat: SourceCatalogue, w: MissingWords): TableCell {
  if (v === undefined) return w.notInDataset;
  if (v.value instanceof Missing) return missingText(v.value.code, w);
  const revision = cat.revision(v);
  return revision ? { text: formatNumber(v.value), revision } : formatNumber(v.value);
}


function byCode(councils: readonly LookedAfterValue[], unit: Unit): Map<string, LookedAfterValue[]> {
  const out = new Map<string, LookedAfterValue[]>();
  for (const v of councils) {
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

/** The similar-councils chart's words (the wording's charts.similarCouncils). */
type SimilarCouncilsWords = Ui["charts"]["similarCouncils"];

/** The reorganised councils and the renamed code, for the note on breaks, from data/area-changes.csv, in the words given. */
function reorganisation(changes: readonly AreaChange[], w: SimilarCouncilsWords): { reorganised: string; sameArea: string } {
  const breaks = changes.filter((c) => c.treatment === "break" && c.lastYear === null);
  const names = (year: number) => breaks.filter((c) => c.firstYear === year).map((c) => c.areaName).sort((a, b) => a.length - b.length);
  const formed = [...new Set(breaks.map((c) => c.firstYear))].sort().map((year) => fillSlots(w.formed, { names: names(year).join(" and "), year }));
  const same = changes.filter((c) => c.treatment === "same-area" && c.areaCode !== c.projectCode);
  const listed = (c: AreaChange) => fillSlots(w.listedUnder, { name: c.areaName, code: c.areaCode });
  const joined = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)!}`);
  const sameArea =
    same.length === 0
      ? ""
      : same.length === 1
        ? ` ${fillSlots(w.sameAreaOne, { name: same[0]!.areaName, code: same[0]!.areaCode })}`
        : ` ${fillSlots(w.sameAreaMany, { names: joined(same.map((c) => c.areaName)), codes: joined(same.map(listed)) })}`;
  return { reorganised: formed.join("; "), sameArea };
}

const BINDS = ["from", "to", "neighbours", "year", "lower", "withValue", "grouping.from", "reorganised", "sameArea", "suppressed"];

export const similarCouncils: ChartKind<SimilarCouncilsEntry, SimilarCouncilsData> = {
  entry: similarCouncilsEntry,
  binds: () => BINDS,
  build({ id, text, data, sources, ui }) {
    const w = { ...ui.charts.similarCouncils, notInDataset: ui.charts.notInDataset };
    const { years, council, nation, neighbours } = data;
    const [from, to] = [years[0]!, years.at(-1)!];
    const rates = byCode(data.councils, UNIT.rate);
    const neighbourCodes = new Set(neighbours.map((n) => n.areaCode));
    const nationRates = data.nationRate;
    const own = rates.get(council.code) ?? [];
    const comparison = (year: number) => {
      const neighbours = data.comparison(year);
      const rank = data.rank(council.code, year);
      if (!neighbours || !rank) throw new Error(`${id}: ${council.name} has no published rate for ${year}, which the chart compares`);
      return { neighbours, rank, nationRate: ((v) => (typeof v === "number" ? v : null))(nationRates.find((e) => e.year === year)?.value) };
    };
    const facts = { name: council.name, nation: nation.name, first: comparison(from), latest: comparison(to), groupSize: neighbours.length };
    const grouping = neighbours[0];
    if (!grouping) throw new Error(`${id}: ${council.name} has no statistical neighbours in data/statistical-neighbours.csv`);
    const suppressed = data.councils.filter((v) => v.unit === UNIT.rate && v.value instanceof Missing && v.value.code !== "z");
    const latest = facts.latest.neighbours;
    const t = text({
      from,
      to,
      neighbours: neighbours.length,
      year: latest.year,
      lower: latest.lower,
      withValue: latest.withValue,
      "grouping.from": formatIsoDate(grouping.groupingDate),
      ...reorganisation(data.areaChanges, w),
      suppressed: withheldText(suppressed, w),
    });
    const focusName = council.name;
    const tipOf = (p: StripPoint) => rankTip(data.rank(p.code, p.year), ui.charts.rank);
    const focus: StripSeries = { series: focusName, label: council.name, ...(council.shortLabel ? { shortLabel: council.shortLabel } : {}), colour: 0, points: points(own, years), tipExtra: tipOf };
    const group: StripSeries = { series: t.series.group, label: t.series.group, colour: 4, points: neighbours.flatMap((n) => points(rates.get(n.areaCode) ?? [], years, n.areaName)) };
    const reference: StripSeries = { series: nation.name, label: nation.name, colour: 1, points: points(nationRates, years, nation.name).map((p) => ({ ...p, code: nation.code })) };
    const context = [...rates.entries()].filter(([code]) => code !== council.code && !neighbourCodes.has(code)).flatMap(([, values]) => points(values, years));

    const rowOf = (name: string, values: LookedAfterValue[]): [string, ...TableCell[]] => [name, ...years.map((y) => cell(values.find((v) => v.year === y), sources, ui.charts))];
    const tableRows: [string, ...TableCell[]][] = [
      rowOf(council.name, own),
      ...neighbours.map((n) => rowOf(n.areaName, rates.get(n.areaCode) ?? [])),
      rowOf(nation.name, nationRates),
      [t.rankRow, ...years.map((y) => rankCell(data.rank(council.code, y), ui.charts.rank))],
    ];
    const form = titleForm(facts);
    return {
      id,
      title: form === "highest" ? t.titleIf.highest : form === "lowest" ? t.titleIf.lowest : t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...withDetails(describeSimilarCouncils(facts, w), t.details),
      svg: roundCoordinates(
        drawBoth(
          id,
          t.alt,
          (document, size, narrow) =>
            stripChart({ document, ...size, narrow, context, contextSeries: t.series.context, group, reference, focus, yLabel: t.axis.label, unit: t.axis.unit, ...(t.offScale ? { offScale: t.offScale } : {}) }),
          STRIP_SIZES,
        ),
      ),
      legend: [
        { series: focusName, label: council.name, colour: 0 },
        { series: t.series.group, label: t.legend.group, colour: 4 },
        { series: nation.name, label: nation.name, colour: 1 },
        { series: t.series.context, label: t.legend.context, colour: 4, swatch: "block" },
      ],
      table: {
        caption: t.caption,
        columns: ["Area", ...years.map(String)],
        rows: tableRows,
        rowKeys: [council.code, ...neighbours.map((n) => n.areaCode), nation.code, null],
      },
      csv: csvOf(data, { focus: focusName, neighbour: t.series.neighbourCsv, context: t.series.context }, neighbourCodes, sources),
      sources: sourcesOf([...data.councils.map((v) => v.sourceId), ...nationRates.map((v) => v.sourceId), grouping.sourceId], sources),
      notes: t.notes,
      picker: {
        label: t.picker.label,
        noneText: t.picker.noneText,
        dataUrl: chartFiles(id).areas,
        // Every council has a page of its own (src/pages/compare/).
        pageBase: COMPARE_BASE,
        options: pickerOptions(data, w),
      },
    };
  },
  areaData,
};

/**
 * A tick for every council makes this SVG large; a tenth of a user unit is finer than any
 * screen shows, and rounding to it cuts the page's weight by about a third.
 */
function roundCoordinates(svg: Required<ChartLayouts>): Required<ChartLayouts> {
  const round = (s: string) => s.replace(/\d+\.\d{2,}/g, (m) => String(Math.round(Number(m) * 10) / 10));
  return { wide: round(svg.wide), medium: round(svg.medium), narrow: round(svg.narrow) };
}

/**
 * The councils whose rate is withheld (missing for a reason other than "z", the council not
 * existing), grouped by the site's one wording for why: ": City of London in 2025 and Isles
 * of Scilly in 2020, confidential (code “c”)"; nothing where there is none.
 */
function withheldText(values: readonly LookedAfterValue[], w: SimilarCouncilsWords & MissingWords): string {
  if (values.length === 0) return "";
  const byWhy = new Map<string, LookedAfterValue[]>();
  for (const v of values) byWhy.set(formatValue(v.value, w), [...(byWhy.get(formatValue(v.value, w)) ?? []), v]);
  const groups = [...byWhy].map(([why, vs]) => fillSlots(w.withheldValue, { names: joinAnd(vs.map((v) => fillSlots(w.withheldWhen, { name: v.areaName, year: v.year }))), why }));
  return fillSlots(w.withheld, { values: groups.join("; ") });
}

/**
 * Every other council, by name (the council itself is always highlighted, so the picker
 * offers the others); councils that share a name say which years they cover.
 */
function pickerOptions(data: SimilarCouncilsData, w: Pick<SimilarCouncilsWords, "optionTo" | "optionFrom">): { value: string; text: string }[] {
  const names = new Map<string, string>();
  for (const v of data.councils) if (v.areaCode !== data.council.code) names.set(v.areaCode, v.areaName);
  const changes = new Map(data.areaChanges.map((c) => [c.areaCode, c]));
  const count = (name: string) => [...names.values()].filter((n) => n === name).length;
  return [...names.entries()]
    .map(([value, name]) => {
      const c = changes.get(value);
      const text = c && count(name) > 1 ? (c.lastYear !== null ? fillSlots(w.optionTo, { name, year: c.lastYear }) : fillSlots(w.optionFrom, { name, year: c.firstYear })) : name;
      return { value, text };
    })
    .sort((a, b) => a.text.localeCompare(b.text, "en-GB"));
}

const CSV_COLUMNS = ["series", "area_code", "area_name", "year", "measure", "unit", "value", "status", "dfe_code", "confidence", "source_id", "source_release", "revised_from", "revised_from_release"];

/** Every council's number and rate, the nation's rate and number, each with its release. */
function csvOf(data: SimilarCouncilsData, names: { focus: string; neighbour: string; context: string }, neighbourCodes: ReadonlySet<string>, cat: SourceCatalogue): ChartCsv {
  const seriesOf = (code: string) => (code === data.council.code ? names.focus : neighbourCodes.has(code) ? names.neighbour : names.context);
  const nation = [...data.nationRate, ...data.nationNumber];
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
    cat.source(v.sourceId).release,
    // As on every chart, an earlier figure is given for a published value; data/looked-after-councils.csv keeps all.
    typeof v.value === "number" ? v.revisedFrom : null,
    typeof v.value === "number" && v.revisedFromSource ? cat.source(v.revisedFromSource).release : null,
  ];
  const order = (a: LookedAfterValue, b: LookedAfterValue) => a.areaName.localeCompare(b.areaName, "en-GB") || a.areaCode.localeCompare(b.areaCode) || a.unit.localeCompare(b.unit) || a.year - b.year;
  return {
    columns: CSV_COLUMNS,
    rows: [...nation.map((v) => row(data.nation.name, v)), ...[...data.councils].sort(order).map((v) => row(seriesOf(v.areaCode), v))],
  };
}

/** The JSON the island loads when a council is picked: every council's values, small. */
function areaData(data: SimilarCouncilsData, entry: SimilarCouncilsEntry, cat: SourceCatalogue) {
  const rates = byCode(data.councils, UNIT.rate);
  const numbers = byCode(data.councils, "number");
  const { years } = data;
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
        if (id) releases[id] = `DfE, ${cat.source(id).release}`;
        return id ?? null;
      }),
    };
  }
  return {
    unit: entry.axis.unit,
    years,
    releases,
    aliases: Object.fromEntries(data.areaChanges.filter((c) => c.areaCode !== c.projectCode).map((c) => [c.areaCode, c.projectCode])),
    areas,
  };
}

