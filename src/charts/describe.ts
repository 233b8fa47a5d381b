/**
 * Chart descriptions written from the data, the way a data journalist would: the finding
 * first, the key numbers in at most three sentences, then a short list of detail (the
 * rest is in the table). Pure: data in, text out, so any chart can use it.
 *
 * Words never go further than the figures. Series are compared only in years where both
 * have a figure, gaps are named, and figures this site calculated say so. The words are the
 * site's (charts.describe in its wording): each function takes them, and only fills them.
 */
import { formatNumber, formatPercent, ordinal, percentChange } from "../format/number.ts";
import { codeMeaning } from "../format/missing.ts";
import { upperFirst } from "../format/case.ts";
import { fillSlots } from "../format/slots.ts";
import type { Ui } from "../schemas/ui.ts";

/** The words a description is written in: the site's charts.describe and its one wording for a figure it does not hold. */
export type DescribeWords = Pick<Ui["charts"], "describe" | "notInDataset">;

/** One year's figure in a series; `value` is null where there is none. */
export interface Reading {
  year: number;
  value: number | null;
  /** The source's code for a missing figure ("c", "x" ...), when it gave one. */
  code?: string;
  /** Calculated by this site from the source's figures, not read from it. */
  calc?: boolean;
}

/** A series as the description names it. */
export interface Series {
  /** The series' name in the data and legend. */
  name: string;
  /** How a sentence names it, where that differs: "the region". */
  label?: string;
  /** Every year the chart shows, in any order. */
  readings: Reading[];
}

/** What was counted, so the label says it: "children looked after" "at 31 March". */
export interface Measure {
  /** Noun phrase for the figure: "children looked after per 10,000 children under 18". */
  counted: string;
  /** When it was counted, before a year: "at 31 March", "in the year to 31 March". */
  when: string;
  /** One word for the figure of one series, without an article: "rate", "number". */
  short: string;
}

/** A chart's description: the lead (at most three sentences) and a short list of detail. */
export interface Description {
  description: string;
  details: string[];
}

/** The most sentences the lead may have. */
export const MAX_LEAD_SENTENCES = 3;

type Known = Reading & { value: number };

const known = (s: Series): Known[] => s.readings.filter((r): r is Known => r.value !== null).sort((a, b) => a.year - b.year);
const missing = (s: Series): Reading[] => s.readings.filter((r) => r.value === null).sort((a, b) => a.year - b.year);
const labelOf = (s: Series) => s.label ?? s.name;

/** "the council's", "the neighbours'". */
export const possessive = (s: string) => (s.endsWith("s") ? `${s}'` : `${s}'s`);

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** Counts in words below 10, numerals from 10, as newsrooms write them: "six of the eight years". */
export const countWord = (n: number) => NUMBER_WORDS[n] ?? formatNumber(n);

/** A figure as a sentence gives it, flagged where this site calculated it. */
export const figure = (r: Known, w: DescribeWords) => (r.calc ? fillSlots(w.describe.figureCalc, { figure: formatNumber(r.value) }) : formatNumber(r.value));

/** "2019", "2019 and 2020", "2019, 2020 and 2021". */
export function listYears(years: number[]): string {
  return joinAnd(years.map(String));
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Years with runs of three or more written as spans: "2010 to 2014, 2016 and 2018". */
export function yearSpans(years: number[], w: DescribeWords): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const y of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === y - 1) run.push(y);
    else runs.push([y]);
  }
  return joinAnd(runs.flatMap((r) => (r.length >= 3 ? [fillSlots(w.describe.span, { from: r[0]!, to: r.at(-1)! })] : r.map(String))));
}

/** "from 2010 to 2014" for a run of years, "in 2015 and 2016" or "in 2018" otherwise. */
function when(years: number[], w: DescribeWords): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length >= 3 ? fillSlots(w.describe.fromTo, { from: years[0]!, to: years.at(-1)! }) : fillSlots(w.describe.inYears, { years: yearSpans(years, w) });
}

export type Relation = "above" | "below" | "level";

/** A stretch of compared years in which series `a` stood in one relation to `b`. */
export interface RelationRun {
  relation: Relation;
  /** The compared years of the run, in order; years where either has no figure are left out. */
  years: number[];
  /** Years before this run, after the previous one, where either series has no figure. */
  gapBefore: number[];
}

/**
 * How series `a` stood against `b`, year by year, compared only in years where both have a
 * figure. A gap never ends a run or starts one: the run says which years it covers, and
 * `gapBefore` says where a change of relation falls in a gap, so its year is not known.
 */
export function relationRuns(a: Series, b: Series): RelationRun[] {
  const bBy = new Map(known(b).map((r) => [r.year, r.value]));
  const aBy = new Map(known(a).map((r) => [r.year, r.value]));
  const compared = [...aBy.keys()].filter((y) => bBy.has(y)).sort((x, y) => x - y);
  const runs: RelationRun[] = [];
  let prev: number | undefined;
  for (const year of compared) {
    const d = aBy.get(year)! - bBy.get(year)!;
    const relation: Relation = d > 0 ? "above" : d < 0 ? "below" : "level";
    const between = prev === undefined ? [] : Array.from({ length: year - prev - 1 }, (_, i) => prev! + 1 + i);
    const run = runs.at(-1);
    if (run && run.relation === relation) run.years.push(year);
    else runs.push({ relation, years: [year], gapBefore: run ? between : [] });
    prev = year;
  }
  return runs;
}

/** A relation naming the other series: "above the nation". */
const relationTo = (relation: Relation, b: string, w: DescribeWords) => fillSlots(w.describe.relation[relation].first, { b });

/** The years of a run, said so a reader knows whether gaps fall inside it. */
function runYears(years: number[], w: DescribeWords): string {
  const span = years.at(-1)! - years[0]! + 1;
  if (years.length === 1) return fillSlots(w.describe.runOne, { year: years[0]! });
  if (span === years.length) return when(years, w);
  return fillSlots(w.describe.runCompared, { from: years[0]!, to: years.at(-1)! });
}

/**
 * Why series lack a figure in `years`, as precisely as the data says: "the nation's figure for
 * 2017 is not in this dataset" for a year the data holds no value for (the site cannot tell
 * whether the publisher gave one), or "… was not published (code "c", confidential)" where
 * the source put a code in its place. Never "the nation has no figure", which would say more.
 */
function noFigure(series: Series[], years: number[], w: DescribeWords): string {
  const parts = series.flatMap((s) => {
    const gaps = years.filter((y) => !s.readings.some((r) => r.year === y && r.value !== null));
    const codes = new Map(missing(s).filter((r) => gaps.includes(r.year) && r.code).map((r) => [r.year, r.code!]));
    const blank = gaps.filter((y) => !codes.has(y));
    const out: string[] = [];
    const owner = possessive(labelOf(s));
    if (blank.length) out.push(fillSlots(blank.length === 1 ? w.describe.notHeldOne : w.describe.notHeldMany, { owner, years: yearSpans(blank, w), notInDataset: w.notInDataset }));
    for (const code of new Set(codes.values())) {
      const ys = [...codes].filter(([, c]) => c === code).map(([y]) => y);
      out.push(fillSlots(ys.length === 1 ? w.describe.unpublishedOne : w.describe.unpublishedMany, { owner, years: yearSpans(ys, w), code: coded(code, w) }));
    }
    return out;
  });
  return joinAnd(parts);
}

/**
 * One sentence on how `a` stood against `b` over the years both have figures. Where a
 * change of relation falls in a gap, it says the year of the change is not known.
 */
export function comparisonSentence(a: Series, b: Series, w: DescribeWords): string | null {
  const d = w.describe;
  const runs = relationRuns(a, b);
  const [A, B] = [labelOf(a), labelOf(b)];
  if (runs.length === 0) return upperFirst(fillSlots(d.comparedNone, { a: A, b: B }));
  if (runs.length === 1) {
    const r = runs[0]!;
    const n = r.years.length;
    const relation = relationTo(r.relation, B, w);
    return upperFirst(n === 1 ? fillSlots(d.comparedOne, { a: A, relation, year: r.years[0]! }) : fillSlots(d.comparedAll, { a: A, relation, count: countWord(n) }));
  }
  const parts = runs.map((r, i) => fillSlots(d.run, { relation: i === 0 ? relationTo(r.relation, B, w) : d.relation[r.relation].again, years: runYears(r.years, w) }));
  const unknown = runs.find((r) => r.gapBefore.length > 0);
  if (!unknown) return upperFirst(fillSlots(d.comparedRuns, { a: A, runs: joinAnd(parts) }));
  const could = [...unknown.gapBefore, unknown.years[0]!].map(String);
  return upperFirst(
    fillSlots(d.comparedGap, { a: A, runs: joinAnd(parts), gaps: noFigure([b, a], unknown.gapBefore, w), moved: d.relation[unknown.relation].moved, b: B, years: could.slice(0, -1).join(", "), year: could.at(-1)! }),
  );
}

/** The latest year of the first series, and every series' figure in it. */
export function latestSentence(series: Series[], measure: Measure, w: DescribeWords): string {
  const d = w.describe;
  const [focus, ...others] = series;
  if (!focus) throw new Error("describe: a chart needs at least one series");
  const points = known(focus);
  const F = labelOf(focus);
  if (points.length === 0) return upperFirst(fillSlots(d.latestNone, { name: F }));
  const last = points.at(-1)!;
  const against = others.map((o) => ({ o, r: known(o).find((r) => r.year === last.year) }));
  const have = against.filter((x) => x.r).map((x) => fillSlots(d.figureFor, { figure: figure(x.r!, w), name: labelOf(x.o) }));
  const lack = against.filter((x) => !x.r).map((x) => labelOf(x.o));
  return upperFirst(
    fillSlots(points.length === 1 ? d.latestOnly : d.latest, {
      when: measure.when,
      year: last.year,
      name: F,
      figure: figure(last, w),
      counted: measure.counted,
      against: have.length ? fillSlots(d.against, { figures: joinAnd(have) }) : "",
      lacking: lack.length ? fillSlots(lack.length === 1 ? d.lackingOne : d.lackingMany, { names: joinAnd(lack) }) : "",
    }),
  );
}

type Direction = "rose" | "fell" | "same";

/** Year-on-year directions between adjacent years that both have a figure, as runs. */
function directionRuns(points: Known[]): { dir: Direction; from: Known; to: Known }[] {
  const runs: { dir: Direction; from: Known; to: Known }[] = [];
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    if (q.year !== p.year + 1) return [];
    const dir: Direction = q.value > p.value ? "rose" : q.value < p.value ? "fell" : "same";
    const run = runs.at(-1);
    if (run && run.dir === dir) run.to = q;
    else runs.push({ dir, from: p, to: q });
  }
  return runs;
}

/** How one series moved: every year in one direction, a peak or low along the way, or flat. */
export function trendSentence(s: Series, measure: Measure, w: DescribeWords): string | null {
  const d = w.describe;
  const points = known(s);
  if (points.length < 2) return null;
  const who = fillSlots(d.trendWho, { measure: measure.short, name: labelOf(s) });
  const fill = (text: string, slots: Record<string, string | number>) => upperFirst(fillSlots(text, { who, ...slots }));
  const [first, last] = [points[0]!, points.at(-1)!];
  const values = points.map((p) => p.value);
  const [max, min] = [Math.max(...values), Math.min(...values)];
  if (max === min) return fill(d.trendFlat, { figure: figure(first, w), from: first.year, to: last.year });
  const runs = directionRuns(points);
  const moved = (dir: Direction) => (dir === "rose" ? d.rose : d.fell);
  if (runs.length > 0 && runs.length <= 2 && runs.every((r) => r.dir !== "same")) {
    const [r1, r2] = [runs[0]!, runs[1]];
    const one = { moved: moved(r1.dir), from: r1.from.year, to: r1.to.year, first: figure(r1.from, w), last: figure(r1.to, w) };
    if (!r2) return fill(d.trendSteady, one);
    const years = r2.to.year - r2.from.year;
    return fill(years === 1 ? d.trendThenIn : d.trendThenEach, { ...one, then: moved(r2.dir), count: countWord(years), year: r2.to.year });
  }
  const peak = points.filter((p) => p.value === max);
  const low = points.filter((p) => p.value === min);
  const inside = (ps: Known[]) => !ps.some((p) => p === first || p === last);
  if (inside(peak)) return fill(d.trendHighest, { first: figure(first, w), from: first.year, value: figure(peak[0]!, w), years: listYears(peak.map((p) => p.year)) });
  if (inside(low)) return fill(d.trendLowest, { first: figure(first, w), from: first.year, value: figure(low[0]!, w), years: listYears(low.map((p) => p.year)) });
  const change = percentChange(first.value, last.value);
  return fill(d.trendChange, { moved: change > 0 ? d.rose : d.fell, percent: formatPercent(Math.abs(change)), from: first.year, to: last.year, first: figure(first, w), last: figure(last, w) });
}

/** Where every series started and which way it went; the latest sentence gives where they ended. */
export function startSentence(series: Series[], measure: Measure, w: DescribeWords): string | null {
  const d = w.describe;
  const starts = series.map((s) => ({ s, p: known(s) })).filter((x) => x.p.length > 1);
  if (starts.length < 2) return null;
  const firstYear = starts[0]!.p[0]!.year;
  const dirOf = (p: Known[]): Direction => (p.at(-1)!.value > p[0]!.value ? "rose" : p.at(-1)!.value < p[0]!.value ? "fell" : "same");
  const VERB: Record<Direction, string> = { rose: d.startRose, fell: d.startFell, same: d.startSame };
  const parts = starts.map(({ s, p }, i) => {
    const f = p[0]!;
    const name = i === 0 ? fillSlots(d.startName, { owner: possessive(labelOf(s)), measure: measure.short }) : possessive(labelOf(s));
    // A verb the one before already said is left out: "the nation's from 58.5".
    const verb = i > 0 && dirOf(p) === dirOf(starts[i - 1]!.p) ? d.startAgain : VERB[dirOf(p)];
    const withYear = i === 0 || f.year !== firstYear;
    return fillSlots(withYear ? d.startFromIn : d.startFrom, { name, verb, figure: figure(f, w), year: f.year });
  });
  const sameWay = dirOf(starts[1]!.p) === dirOf(starts[0]!.p);
  return upperFirst(fillSlots(sameWay ? d.startSameWay : d.startWhile, { first: parts[0]!, rest: joinAnd(parts.slice(1)) }));
}

/** List item: highs that came between a series' first and latest years, which no lead sentence gives. */
export function peaksItem(series: Series[], w: DescribeWords): string | null {
  const parts = series.flatMap((s) => {
    const p = known(s);
    if (p.length < 3) return [];
    const max = Math.max(...p.map((x) => x.value));
    const at = p.filter((x) => x.value === max);
    if (at.some((x) => x === p.at(-1) || x === p[0])) return [];
    return [fillSlots(w.describe.peak, { name: labelOf(s), figure: figure(at[0]!, w), years: listYears(at.map((x) => x.year)) })];
  });
  return parts.length ? upperFirst(fillSlots(parts.length === 1 ? w.describe.peaksOne : w.describe.peaks, { peaks: parts.join("; ") })) : null;
}

/** List item: each series' lowest figure. */
export function lowsItem(series: Series[], w: DescribeWords): string | null {
  const parts = series.flatMap((s) => {
    const p = known(s);
    if (p.length < 2) return [];
    const min = Math.min(...p.map((x) => x.value));
    if (p.every((x) => x.value === min)) return [];
    return [fillSlots(w.describe.low, { name: labelOf(s), figure: figure(p.find((x) => x.value === min)!, w), years: listYears(p.filter((x) => x.value === min).map((x) => x.year)) })];
  });
  return parts.length ? upperFirst(fillSlots(w.describe.lows, { lows: parts.join("; ") })) : null;
}

/** `code "c", confidential`: a DfE code for a missing figure, with its meaning where known. */
const coded = (c: string, w: DescribeWords) => {
  const meaning = codeMeaning(c);
  return meaning ? fillSlots(w.describe.codeMeaning, { code: c, meaning }) : fillSlots(w.describe.code, { code: c });
};

/**
 * List item: every year a series has no figure, with the source's code where it gave one,
 * and "not in this dataset" where the data holds no value (not "no figure", which would
 * say the publisher gave none).
 */
export function gapsItem(series: Series[], w: DescribeWords): string | null {
  const d = w.describe;
  const parts = series.flatMap((s) => {
    const gaps = missing(s);
    if (gaps.length === 0) return [];
    const blank = gaps.filter((g) => !g.code).map((g) => g.year);
    const codes = [...new Set(gaps.filter((g) => g.code).map((g) => g.code!))].map((c) => coded(c, w));
    // Where every gap is one the data holds no value for, the years are said once, in `gap`.
    const notHeld = blank.length === gaps.length ? w.notInDataset : fillSlots(d.gapNotHeld, { years: yearSpans(blank, w), notInDataset: w.notInDataset });
    const why = [...(blank.length ? [notHeld] : []), ...(codes.length ? [fillSlots(d.gapCodes, { codes: joinAnd(codes) })] : [])];
    return [fillSlots(d.gap, { name: labelOf(s), years: yearSpans(gaps.map((g) => g.year), w), why: why.join("; ") })];
  });
  return parts.length ? upperFirst(fillSlots(d.gaps, { gaps: parts.join("; ") })) : null;
}

/** List item: the figures this site calculated, so no reader takes them for published ones. */
export function calcItem(series: Series[], w: DescribeWords): string | null {
  const d = w.describe;
  // Series calculated in the same years share a part; "figure" where one series has one.
  const byYears = new Map<string, { years: number; who: string[] }>();
  for (const s of series) {
    const years = known(s).filter((r) => r.calc).map((r) => r.year);
    if (!years.length) continue;
    const key = yearSpans(years, w);
    byYears.set(key, { years: years.length, who: [...(byYears.get(key)?.who ?? []), labelOf(s)] });
  }
  const parts = [...byYears].map(([years, g]) => fillSlots(g.who.length === 1 && g.years === 1 ? d.calcOne : d.calcMany, { years, names: joinAnd(g.who) }));
  return parts.length ? upperFirst(fillSlots(d.calc, { figures: joinAnd(parts) })) : null;
}

/** List item: how the first series stood against the third and later ones; identical accounts share it. */
export function otherComparisonsItem(series: Series[], w: DescribeWords): string | null {
  const d = w.describe;
  const [focus, , ...rest] = series;
  if (!focus || rest.length === 0) return null;
  const grouped = new Map<string, string[]>();
  for (const o of rest) {
    const runs = relationRuns(focus, o);
    const text = runs.length === 0 ? d.otherNone : joinAnd(runs.map((r) => fillSlots(d.run, { relation: d.relation[r.relation].alone, years: runYears(r.years, w) })));
    grouped.set(text, [...(grouped.get(text) ?? []), labelOf(o)]);
  }
  const parts = [...grouped].map(([runs, who], i) => (i === 0 ? fillSlots(d.otherFirst, { names: joinAnd(who), name: labelOf(focus), runs }) : fillSlots(d.otherNext, { names: joinAnd(who), runs })));
  return upperFirst(fillSlots(d.others, { comparisons: parts.join("; ") }));
}

export interface LinesOptions {
  /** The chart's own finding, first; generated sentences fill the lead up to three. */
  finding?: string[];
  /** Compare the first series with the others (off where series overlap, as parts of a whole). */
  compare?: boolean;
  /** Chart-specific list items, after the generated ones. */
  details?: string[];
  /** List the years each series has no figure (off where the chart's notes already do). */
  gaps?: boolean;
}

/**
 * Describe a line chart whose first series is the one the chart is about. The lead gives
 * the chart's finding, then the latest year, how the series moved and how the first stood
 * against the second; what does not fit in three sentences moves to the list.
 */
export function describeLines(series: Series[], measure: Measure, w: DescribeWords, options: LinesOptions = {}): Description {
  const { finding = [], compare = series.length > 1, details = [], gaps = true } = options;
  const focus = series[0];
  if (!focus) throw new Error("describe: a chart needs at least one series");
  const candidates = [
    latestSentence(compare ? series : [focus], measure, w),
    compare ? startSentence(series, measure, w) : trendSentence(focus, measure, w),
    compare && series[1] ? comparisonSentence(focus, series[1], w) : null,
  ].filter((s): s is string => s !== null);
  const lead = [...finding, ...candidates];
  return finish(lead, [
    compare ? otherComparisonsItem(series, w) : null,
    // Without comparison the trend sentence already gives the focus series' high or ends.
    peaksItem(compare ? series : series.slice(1), w),
    gaps ? gapsItem(series, w) : null,
    calcItem(series, w),
    ...details,
  ]);
}

/**
 * The lead keeps its first three sentences; any more open the list, so nothing is lost.
 * Empty items are dropped.
 */
export function finish(lead: string[], items: (string | null)[]): Description {
  return {
    description: lead.slice(0, MAX_LEAD_SENTENCES).join(" "),
    details: [...lead.slice(MAX_LEAD_SENTENCES), ...items.filter((s): s is string => !!s)],
  };
}

/** A description with an entry's own detail items after the generated ones. */
export function withDetails(d: Description, details: readonly string[]): Description {
  return { description: d.description, details: [...d.details, ...details] };
}

/** One area's figure in a ranking; null where none is published. */
export interface Ranked {
  name: string;
  value: number | null;
  code?: string;
}

/**
 * Where one area stands among others in one year, e.g. a council among its statistical
 * neighbours. Ties share a place, and areas with no figure are named, never ranked.
 */
export function describeRank(areas: Ranked[], focusName: string, measure: Measure & { year: number; group: string }, w: DescribeWords): Description {
  const d = w.describe;
  const withFigure = areas.filter((a): a is Ranked & { value: number } => a.value !== null).sort((a, b) => b.value - a.value);
  const focus = withFigure.find((a) => a.name === focusName);
  const at = { when: measure.when, year: measure.year, group: measure.group };
  const lacking = areas.filter((a) => a.value === null);
  const gaps = lacking.length ? upperFirst(fillSlots(d.rankLacking, { names: joinAnd(lacking.map((a) => (a.code ? fillSlots(d.rankLackingCode, { name: a.name, code: coded(a.code, w) }) : a.name))) })) : null;
  if (!focus) return finish([upperFirst(fillSlots(d.rankNone, { ...at, name: focusName }))], [gaps]);
  const higher = withFigure.filter((a) => a.value > focus.value).length;
  const tied = withFigure.filter((a) => a.value === focus.value && a.name !== focusName).map((a) => a.name);
  const n = withFigure.length;
  const nth = ordinal(higher + 1);
  const place =
    higher === 0
      ? tied.length ? d.place.jointHighest : d.place.highest
      : higher === n - 1 - tied.length
        ? tied.length ? d.place.jointLowest : d.place.lowest
        : fillSlots(tied.length ? d.place.nthEqual : d.place.nth, { nth });
  const top = withFigure[0]!;
  const bottom = withFigure.at(-1)!;
  const namesAt = (value: number) => withFigure.filter((a) => a.value === value).map((a) => a.name).join(" and ");
  const rank = { ...at, name: focusName, value: formatNumber(focus.value), counted: measure.counted, place, count: countWord(n), tied: joinAnd(tied) };
  const lead = [
    upperFirst(fillSlots(tied.length ? d.rankTied : d.rank, rank)),
    n > 2 ? upperFirst(fillSlots(d.rankRange, { low: formatNumber(bottom.value), lowNames: namesAt(bottom.value), high: formatNumber(top.value), highNames: namesAt(top.value) })) : null,
  ].filter((s): s is string => s !== null);
  return finish(lead, [gaps]);
}
