/**
 * The schema of a chart's content entry, content/charts/<id>.yaml: every word a reader
 * sees on the chart (title, subtitle, alt text, table caption and headings, notes, marker
 * and series labels) and the years it covers. The file's name is the chart's id, so its
 * URL (/charts/<id>/); `kind` names the drawing module that builds it.
 *
 * Text may bind values the chart computes from the data, written `{{name}}` as prose
 * binds figures: "rose {{change}}% from {{start}} to {{end}}". Each kind lists the names
 * it binds (src/charts/kinds/index.ts); an unknown name stops the build, naming file and line.
 */
import { z } from "astro/zod";

const text = z.string().min(1, "must not be empty");
const year = z.number().int().min(1900).max(2200);
const key = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens");

/** From and to, inclusive; `to` may not come before `from`. */
export const yearsSchema = z
  .object({ from: year, to: year })
  .strict()
  .refine((y) => y.to >= y.from, { message: "to must not be before from", path: ["to"] });

/** How the description generator names the figure: "children looked after" "at 31 March". */
export const measureSchema = z.object({ counted: text, when: text, short: text }).strict();

/** The y axis' label and the unit tooltips give after a value. */
export const axisSchema = z.object({ label: text, unit: text }).strict();

/** What every chart entry has. */
export const chartEntryBase = z.object({
  /** The drawing module (src/charts/kinds/index.ts) that builds this chart. */
  kind: key,
  /** Place in the story: the charts page lists charts in this order. */
  order: z.number().int().min(1),
  /** The words of a link to the chart where a page does not show it: "the money: the budget ...". */
  topic: text,
  /** States the finding, not the topic. */
  title: text,
  /** Measure, area and period. */
  subtitle: text,
  /** The SVG's accessible name. */
  alt: text,
  /** The data table's caption. */
  caption: text,
  /** Notes on how to read the figures; may be empty. */
  notes: z.array(text).default([]),
  /** Items added after the generated detail of the description; may be empty. */
  details: z.array(text).default([]),
  /**
   * What the data cannot show, where a reader might read more into the chart (a cause, the
   * effect of a marked event). It goes wherever the chart goes: its page, story and embed,
   * the standalone SVG and PNG, the share images, the bundle's README and datapackage.json,
   * the oEmbed response and the page's og:description.
   */
  caveat: text.optional(),
});

const lineChartBase = chartEntryBase.extend({ years: yearsSchema, axis: axisSchema, measure: measureSchema });

/** A marker line on a time axis: values are at 31 March, so October of year N is N + 6.5/12. */
const markerSchema = z
  .object({
    year,
    /** Months after 31 March of `year` where the line is drawn (6.5: mid-October). */
    monthsAfter31March: z.number().min(0).max(12),
    label: text,
    /** The label on a narrow chart. */
    shortLabel: text,
  })
  .strict();

export const ratePer10000Entry = lineChartBase.extend({ markers: z.array(markerSchema).default([]) }).strict();

export const comparatorsEntry = lineChartBase
  .extend({
    /** The comparator (an area key in content/site.yaml) whose change the title gives. */
    titleArea: key,
  })
  .strict();

export const nationLookedAfterEntry = lineChartBase
  .extend({
    /** The two years whose change the chart rings and the title gives. */
    compare: z.object({ from: year, to: year }).strict(),
    /** The change a source claimed, in per cent: a figure key of content/reported-figures.yaml, bound in words as {{<key>}}. */
    claimed: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, "a figure key, e.g. seed.looked-after"),
    /** The finding sentences that open the description. */
    finding: z.array(text).min(1),
    /** The bold note under the line; `\n` breaks a line. */
    annotation: z.object({ wide: text, narrow: text }).strict(),
    columns: z.object({ value: text, release: text }).strict(),
  })
  .strict();

export const startsAndCeasedEntry = chartEntryBase
  .extend({
    years: yearsSchema,
    axis: axisSchema,
    series: z.object({ started: text, ceased: text }).strict(),
  })
  .strict();

/** A value of the `category` column of the age-placement resource: the data package lists them, and the entry check holds each to that list. */
const ageCategory = z.string().regex(/^[a-z0-9_]+$/, "expected a category of data/age-placement.csv, such as aged_10_to_15");

export const ageAndPlacementEntry = chartEntryBase
  .extend({
    years: yearsSchema,
    axis: axisSchema,
    /** Every series, in the order drawn: its name, legend label, short label, table column and how a sentence names it. */
    series: z.array(z.object({ category: ageCategory, name: text, label: text, shortLabel: text, column: text, prose: text }).strict()).min(2),
    /** The band the title and the description's lead compare with `all`. */
    band: ageCategory,
    all: ageCategory,
  })
  .strict();

const homeKind = z.enum(["residential_close", "residential_stay", "disability_unaffected", "close_type_unstated", "not_broken_down"]);

export const homesBeforeAfterEntry = chartEntryBase
  .extend({
    /** The account (its source id in data/homes-accounts.csv) whose residential homes, before and after, the title gives. */
    account: key,
    /** When the accounts were given, as a sentence says it: "October 2018". */
    when: text,
    /** Every kind of home: its name (legend, table column) and the word on its bar segment. */
    kinds: z.record(homeKind, z.object({ name: text, short: text }).strict()),
    xLabel: text,
    columns: z.object({ source: text, total: text }).strict(),
  })
  .strict();

export const moneyEntry = chartEntryBase
  .extend({
    /** The bars, top to bottom: a figure of data/money.csv, the words above the bar and its colour group. */
    rows: z.array(z.object({ figure: key, row: text, colour: z.number().int().min(0).max(5) }).strict()).min(1),
    /** The roles the description gives figures, by id in data/money.csv. */
    story: z.object({ total: key, parts: z.array(key), newMoney: key, saving: key, serviceCost: key }).strict(),
    /** What the saving came from, in the record's terms: "closing six homes". */
    savingFrom: text,
    /** The budget that was raised, as a sentence names it: "the children's social care budget". */
    budget: text,
    /** The service whose cost is given, as a sentence names it. */
    service: text,
    xLabel: text,
    columns: z.object({ figure: text, amount: text, period: text, source: text }).strict(),
  })
  .strict();

export const similarCouncilsEntry = chartEntryBase
  .extend({
    /** The title where the council's rate is above every neighbour's with one, or below every one; `title` is used otherwise. */
    titleIf: z.object({ highest: text, lowest: text }).strict(),
    axis: axisSchema,
    /** Names of the series in the data, legend and CSV. */
    series: z.object({ group: text, context: text, neighbourCsv: text }).strict(),
    legend: z.object({ group: text, context: text }).strict(),
    rankRow: text,
    /** Said on the chart where the axis stops short of the highest councils' values (strip-chart.ts). */
    offScale: text.optional(),
    picker: z.object({ label: text, noneText: text }).strict(),
  })
  .strict();

/** A column of a resource of the site's data/datapackage.json, by its name there. */
const column = z.string().min(1, "must name a column");

/**
 * Where a generic kind's values come from: a resource (table) of the site's
 * data/datapackage.json, by name, and the column naming each value's release (an id of
 * data/sources.csv). The build checks every name against the package before drawing.
 */
const tableRef = {
  /** The resource's `name` in data/datapackage.json. */
  resource: z.string().min(1, "must name a resource of data/datapackage.json"),
  /** The column holding each row's source id (data/sources.csv). */
  source: column.default("source_id"),
};

/**
 * A generic line chart (kind `line`): one line per numeric column of a site's own table,
 * over the years (or other whole-number periods) of its `x` column. Nothing about the data
 * is fixed by the engine: the table's types come from its Table Schema.
 */
export const lineEntry = chartEntryBase
  .extend({
    data: z
      .object({
        ...tableRef,
        /** The whole-number column along the x axis: a year or a period. */
        x: column,
        /**
         * The lines, in drawing order: each a numeric column, its name (legend, table, CSV),
         * its end label when narrow and how the description's sentences name it, where that
         * differs from its name.
         */
        series: z.array(z.object({ column, name: text, shortLabel: text.optional(), prose: text.optional() }).strict()).min(1),
      })
      .strict(),
    /** The table's first column heading (the x values). */
    xHeading: text,
    axis: axisSchema,
    measure: measureSchema,
    /**
     * Whether the description compares the first line with the others (by default where
     * there are several); false where the lines are different things, not the same measure
     * of different places.
     */
    compare: z.boolean().optional(),
  })
  .strict();

/**
 * A generic bar chart (kind `bar`): one bar per row of a site's own table, its name from
 * the `category` column and its length from the numeric `value` column.
 */
export const barEntry = chartEntryBase
  .extend({
    data: z.object({ ...tableRef, category: column, value: column }).strict(),
    /** What the value is: the legend entry, the table's value heading and the CSV's series. */
    series: text,
    /** The table's first column heading (the categories). */
    categoryHeading: text,
    xLabel: text,
    /** Words after a value in a tooltip, e.g. "visits"; may be left out. */
    unit: text.optional(),
  })
  .strict();

export type ChartEntry = z.infer<typeof chartEntryBase>;
export type RatePer10000Entry = z.infer<typeof ratePer10000Entry>;
export type ComparatorsEntry = z.infer<typeof comparatorsEntry>;
export type NationLookedAfterEntry = z.infer<typeof nationLookedAfterEntry>;
export type StartsAndCeasedEntry = z.infer<typeof startsAndCeasedEntry>;
export type AgeAndPlacementEntry = z.infer<typeof ageAndPlacementEntry>;
export type HomesBeforeAfterEntry = z.infer<typeof homesBeforeAfterEntry>;
export type MoneyEntry = z.infer<typeof moneyEntry>;
export type SimilarCouncilsEntry = z.infer<typeof similarCouncilsEntry>;
export type LineChartEntry = z.infer<typeof lineChartBase>;
export type LineEntry = z.infer<typeof lineEntry>;
export type BarEntry = z.infer<typeof barEntry>;

/** The ledger of published chart URLs, content/charts/published.yaml. */
export const chartLedgerSchema = z
  .object({
    /** Ids live on the site: they must always resolve, to a chart or through a redirect. Never delete one. */
    published: z.array(z.string()).default([]),
    /** Removed or renamed ids: each `from` keeps working by sending readers to the chart `to`. */
    redirects: z.array(z.object({ from: z.string(), to: z.string() }).strict()).default([]),
  })
  .strict();
