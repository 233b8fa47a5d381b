/**
 * Chart descriptions written from the data, the way a data journalist would: the finding
 * first, the key numbers in at most three sentences, then a short list of detail (the
 * rest is in the table). Pure: data in, text out, so any chart can use it.
 *
 * Words never go further than the figures. Series are compared only in years where both
 * have a figure, gaps are named, and figures this site calculated say so.
 */
import { formatNumber, formatPercent, ordinal, percentChange } from "../lib/format/number.ts";
import { codeMeaning, NOT_IN_DATASET } from "../lib/format/missing.ts";
import { upperFirst } from "../lib/format/case.ts";

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
export const figure = (r: Known) => `${formatNumber(r.value)}${r.calc ? " (our calculation)" : ""}`;

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
export function yearSpans(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const y of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === y - 1) run.push(y);
    else runs.push([y]);
  }
  return joinAnd(runs.flatMap((r) => (r.length >= 3 ? [`${r[0]} to ${r.at(-1)}`] : r.map(String))));
}

/** "from 2010 to 2014" for a run of years, "in 2015 and 2016" or "in 2018" otherwise. */
function when(years: number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length >= 3 ? `from ${years[0]} to ${years.at(-1)}` : `in ${yearSpans(years)}`;
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

const RELATION_WORDS: Record<Relation, { first: (b: string) => string; again: string; moved: string }> = {
  above: { first: (b) => `above ${b}`, again: "above it", moved: "moved above" },
  below: { first: (b) => `below ${b}`, again: "below it", moved: "fell below" },
  level: { first: (b) => `level with ${b}`, again: "level with it", moved: "drew level with" },
};

/** The years of a run, said so a reader knows whether gaps fall inside it. */
function runYears(years: number[]): string {
  const span = years.at(-1)! - years[0]! + 1;
  if (years.length === 1) return `in ${years[0]}`;
  if (span === years.length) return when(years);
  return `in every year compared from ${years[0]} to ${years.at(-1)}`;
}

/**
 * Why series lack a figure in `years`, as precisely as the data says: "the nation's figure for
 * 2017 is not in this dataset" for a year the data holds no value for (the site cannot tell
 * whether the publisher gave one), or "… was not published (code "c", confidential)" where
 * the source put a code in its place. Never "the nation has no figure", which would say more.
 */
function noFigure(series: Series[], years: number[]): string {
  const parts = series.flatMap((s) => {
    const gaps = years.filter((y) => !s.readings.some((r) => r.year === y && r.value !== null));
    const codes = new Map(missing(s).filter((r) => gaps.includes(r.year) && r.code).map((r) => [r.year, r.code!]));
    const blank = gaps.filter((y) => !codes.has(y));
    const out: string[] = [];
    const figures = (ys: number[]) => `${possessive(labelOf(s))} ${ys.length === 1 ? "figure" : "figures"} for ${yearSpans(ys)}`;
    if (blank.length) out.push(`${figures(blank)} ${blank.length === 1 ? "is" : "are"} ${NOT_IN_DATASET}`);
    for (const code of new Set(codes.values())) {
      const ys = [...codes].filter(([, c]) => c === code).map(([y]) => y);
      out.push(`${figures(ys)} ${ys.length === 1 ? "was" : "were"} not published (${coded(code)})`);
    }
    return out;
  });
  return joinAnd(parts);
}

/**
 * One sentence on how `a` stood against `b` over the years both have figures. Where a
 * change of relation falls in a gap, it says the year of the change is not known.
 */
export function comparisonSentence(a: Series, b: Series): string | null {
  const runs = relationRuns(a, b);
  const [A, B] = [labelOf(a), labelOf(b)];
  if (runs.length === 0) return `${upperFirst(A)} and ${B} have no year with figures for both.`;
  if (runs.length === 1) {
    const r = runs[0]!;
    const n = r.years.length;
    return `${upperFirst(A)} was ${RELATION_WORDS[r.relation].first(B)} in ${n === 1 ? `${r.years[0]}, the only year with figures for both` : `all ${countWord(n)} years with figures for both`}.`;
  }
  const parts = runs.map((r, i) => `${i === 0 ? RELATION_WORDS[r.relation].first(B) : RELATION_WORDS[r.relation].again} ${runYears(r.years)}`);
  let s = `${upperFirst(A)} was ${joinAnd(parts)}`;
  const unknown = runs.find((r) => r.gapBefore.length > 0);
  if (unknown) {
    const could = [...unknown.gapBefore, unknown.years[0]!].map(String);
    s += `; ${noFigure([b, a], unknown.gapBefore)}, so this dataset cannot show whether ${A} ${RELATION_WORDS[unknown.relation].moved} ${B} in ${could.slice(0, -1).join(", ")} or ${could.at(-1)!}`;
  }
  return `${s}.`;
}

/** The latest year of the first series, and every series' figure in it. */
export function latestSentence(series: Series[], measure: Measure): string {
  const [focus, ...others] = series;
  if (!focus) throw new Error("describe: a chart needs at least one series");
  const points = known(focus);
  const F = labelOf(focus);
  if (points.length === 0) return `There is no figure for ${F} in any year shown.`;
  const last = points.at(-1)!;
  const lead = points.length === 1 ? `${upperFirst(measure.when)} ${last.year}, the only year with a figure` : `${upperFirst(measure.when)} ${last.year}, the latest year`;
  let s = `${lead}, ${F} had ${figure(last)} ${measure.counted}`;
  const against = others.map((o) => ({ o, r: known(o).find((r) => r.year === last.year) }));
  const have = against.filter((x) => x.r).map((x) => `${figure(x.r!)} for ${labelOf(x.o)}`);
  const lack = against.filter((x) => !x.r).map((x) => labelOf(x.o));
  if (have.length) s += `, against ${joinAnd(have)}`;
  if (lack.length) s += `; ${joinAnd(lack)} ${lack.length === 1 ? "has" : "have"} no figure for that year`;
  return `${s}.`;
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
export function trendSentence(s: Series, measure: Measure): string | null {
  const points = known(s);
  if (points.length < 2) return null;
  const who = `The ${measure.short} for ${labelOf(s)}`;
  const [first, last] = [points[0]!, points.at(-1)!];
  const values = points.map((p) => p.value);
  const [max, min] = [Math.max(...values), Math.min(...values)];
  if (max === min) return `${who} was ${figure(first)} in every year with a figure, ${first.year} to ${last.year}.`;
  const runs = directionRuns(points);
  if (runs.length > 0 && runs.length <= 2 && runs.every((r) => r.dir !== "same")) {
    const [r1, r2] = [runs[0]!, runs[1]];
    const one = `${who} ${r1.dir} every year from ${r1.from.year} to ${r1.to.year}, from ${figure(r1.from)} to ${figure(r1.to)}`;
    if (!r2) return `${one}.`;
    const years = r2.to.year - r2.from.year;
    return `${one}, then ${r2.dir} ${years === 1 ? `in ${r2.to.year}` : `in each of the ${countWord(years)} years to ${r2.to.year}`}.`;
  }
  const peak = points.filter((p) => p.value === max);
  const low = points.filter((p) => p.value === min);
  const inside = (ps: Known[]) => !ps.some((p) => p === first || p === last);
  if (inside(peak)) return `${who} was ${figure(first)} in ${first.year} and highest, ${figure(peak[0]!)}, in ${listYears(peak.map((p) => p.year))}.`;
  if (inside(low)) return `${who} was ${figure(first)} in ${first.year} and lowest, ${figure(low[0]!)}, in ${listYears(low.map((p) => p.year))}.`;
  const change = percentChange(first.value, last.value);
  return `${who} ${change > 0 ? "rose" : "fell"} by ${formatPercent(Math.abs(change))}% from ${first.year} to ${last.year} (our calculation from ${figure(first)} and ${figure(last)}).`;
}

/** Where every series started and which way it went; the latest sentence gives where they ended. */
export function startSentence(series: Series[], measure: Measure): string | null {
  const starts = series.map((s) => ({ s, p: known(s) })).filter((x) => x.p.length > 1);
  if (starts.length < 2) return null;
  const firstYear = starts[0]!.p[0]!.year;
  const verbOf = (p: Known[]) => (p.at(-1)!.value > p[0]!.value ? "rose from" : p.at(-1)!.value < p[0]!.value ? "fell from" : "ended where it started,");
  const parts = starts.map(({ s, p }, i) => {
    const f = p[0]!;
    const name = i === 0 ? `${possessive(labelOf(s))} ${measure.short}` : possessive(labelOf(s));
    // A verb the one before already said is left out: "the nation's from 58.5".
    const verb = i > 0 && verbOf(p) === verbOf(starts[i - 1]!.p) ? "from" : verbOf(p);
    return `${name} ${verb} ${figure(f)}${i === 0 || f.year !== firstYear ? ` in ${f.year}` : ""}`;
  });
  const joiner = verbOf(starts[1]!.p) === verbOf(starts[0]!.p) ? ", " : ", while ";
  return `${upperFirst(parts[0]!)}${joiner}${joinAnd(parts.slice(1))}.`;
}

/** List item: highs that came between a series' first and latest years, which no lead sentence gives. */
export function peaksItem(series: Series[]): string | null {
  const parts = series.flatMap((s) => {
    const p = known(s);
    if (p.length < 3) return [];
    const max = Math.max(...p.map((x) => x.value));
    const at = p.filter((x) => x.value === max);
    if (at.some((x) => x === p.at(-1) || x === p[0])) return [];
    return [`${labelOf(s)}, ${figure(at[0]!)} in ${listYears(at.map((x) => x.year))}`];
  });
  return parts.length ? `Peaks along the way: ${parts.join("; ")}.` : null;
}

/** List item: each series' lowest figure. */
export function lowsItem(series: Series[]): string | null {
  const parts = series.flatMap((s) => {
    const p = known(s);
    if (p.length < 2) return [];
    const min = Math.min(...p.map((x) => x.value));
    if (p.every((x) => x.value === min)) return [];
    return [`${labelOf(s)}, ${figure(p.find((x) => x.value === min)!)} in ${listYears(p.filter((x) => x.value === min).map((x) => x.year))}`];
  });
  return parts.length ? `Lowest: ${parts.join("; ")}.` : null;
}

/** `code "c", confidential`: a DfE code for a missing figure, with its meaning where known. */
const coded = (c: string) => `code "${c}"${codeMeaning(c) ? `, ${codeMeaning(c)}` : ""}`;

/**
 * List item: every year a series has no figure, with the source's code where it gave one,
 * and "not in this dataset" where the data holds no value (not "no figure", which would
 * say the publisher gave none).
 */
export function gapsItem(series: Series[]): string | null {
  const parts = series.flatMap((s) => {
    const gaps = missing(s);
    if (gaps.length === 0) return [];
    const blank = gaps.filter((g) => !g.code).map((g) => g.year);
    const codes = [...new Set(gaps.filter((g) => g.code).map((g) => g.code!))].map(coded);
    const why = [...(blank.length ? [`${blank.length === gaps.length ? "" : `${yearSpans(blank)} `}${NOT_IN_DATASET}`] : []), ...(codes.length ? [`DfE ${joinAnd(codes)}`] : [])];
    return [`${labelOf(s)} for ${yearSpans(gaps.map((g) => g.year))} (${why.join("; ")})`];
  });
  return parts.length ? `Shown as a gap and never as zero: ${parts.join("; ")}.` : null;
}

/** List item: the figures this site calculated, so no reader takes them for published ones. */
export function calcItem(series: Series[]): string | null {
  const byYears = new Map<string, string[]>();
  for (const s of series) {
    const years = known(s).filter((r) => r.calc).map((r) => r.year);
    if (years.length) byYears.set(yearSpans(years), [...(byYears.get(yearSpans(years)) ?? []), labelOf(s)]);
  }
  const parts = [...byYears].map(([years, who]) => `the ${years} ${who.length === 1 && !/ and | to /.test(years) ? "figure" : "figures"} for ${joinAnd(who)}`);
  return parts.length ? `Calculated by this site from the source's own counts, not published as such: ${joinAnd(parts)}.` : null;
}

/** List item: how the first series stood against the third and later ones; identical accounts share it. */
export function otherComparisonsItem(series: Series[]): string | null {
  const [focus, , ...rest] = series;
  if (!focus || rest.length === 0) return null;
  const WORD: Record<Relation, string> = { above: "above", below: "below", level: "level" };
  const grouped = new Map<string, string[]>();
  for (const o of rest) {
    const runs = relationRuns(focus, o);
    const text = runs.length === 0 ? "no year with figures for both" : joinAnd(runs.map((r) => `${WORD[r.relation]} ${runYears(r.years)}`));
    grouped.set(text, [...(grouped.get(text) ?? []), labelOf(o)]);
  }
  const parts = [...grouped].map(([text, who], i) => `against ${joinAnd(who)}${i === 0 ? `, ${labelOf(focus)} was` : ","} ${text}`);
  return `${upperFirst(parts.join("; "))}.`;
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
export function describeLines(series: Series[], measure: Measure, options: LinesOptions = {}): Description {
  const { finding = [], compare = series.length > 1, details = [], gaps = true } = options;
  const focus = series[0];
  if (!focus) throw new Error("describe: a chart needs at least one series");
  const candidates = [
    latestSentence(compare ? series : [focus], measure),
    compare ? startSentence(series, measure) : trendSentence(focus, measure),
    compare && series[1] ? comparisonSentence(focus, series[1]) : null,
  ].filter((s): s is string => s !== null);
  const lead = [...finding, ...candidates];
  return finish(lead, [
    compare ? otherComparisonsItem(series) : null,
    // Without comparison the trend sentence already gives the focus series' high or ends.
    peaksItem(compare ? series : series.slice(1)),
    gaps ? gapsItem(series) : null,
    calcItem(series),
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
export function describeRank(areas: Ranked[], focusName: string, measure: Measure & { year: number; group: string }): Description {
  const withFigure = areas.filter((a): a is Ranked & { value: number } => a.value !== null).sort((a, b) => b.value - a.value);
  const focus = withFigure.find((a) => a.name === focusName);
  const when = `${upperFirst(measure.when)} ${measure.year}`;
  const lacking = areas.filter((a) => a.value === null);
  const gaps = lacking.length ? `No figure for ${joinAnd(lacking.map((a) => `${a.name}${a.code ? ` (DfE ${coded(a.code)})` : ""}`))}.` : null;
  if (!focus) return finish([`${when} there is no figure for ${focusName}, so it cannot be placed among ${measure.group}.`], [gaps]);
  const higher = withFigure.filter((a) => a.value > focus.value).length;
  const tied = withFigure.filter((a) => a.value === focus.value && a.name !== focusName).map((a) => a.name);
  const n = withFigure.length;
  const place = higher === 0 ? (tied.length ? "joint highest" : "the highest") : higher === n - 1 - tied.length ? (tied.length ? "joint lowest" : "the lowest") : `${ordinal(higher + 1)}${tied.length ? " equal" : ""} highest`;
  const top = withFigure[0]!;
  const bottom = withFigure.at(-1)!;
  const lead = [
    `${when}, ${focusName} had ${formatNumber(focus.value)} ${measure.counted}, ${place} of the ${countWord(n)} ${measure.group} with a figure${tied.length ? `, level with ${joinAnd(tied)}` : ""}.`,
    n > 2 ? `Figures ranged from ${formatNumber(bottom.value)} in ${withFigure.filter((a) => a.value === bottom.value).map((a) => a.name).join(" and ")} to ${formatNumber(top.value)} in ${withFigure.filter((a) => a.value === top.value).map((a) => a.name).join(" and ")}.` : null,
  ].filter((s): s is string => s !== null);
  return finish(lead, [gaps]);
}
