/**
 * The chart kind of the Scale bench's synthetic charts (synthetic-charts.ts): one series
 * of one area, drawn as rate-per-10000.ts draws its chart. It lives here as a real module,
 * type-checked and unit-tested with the project, and is copied into the temporary copy's
 * src/charts/ with its imports pointed there, so it can never fall behind the kinds' API
 * unnoticed (it once did, as a string, and the bench stopped in the synthetic build).
 */
import { z } from "astro/zod";
import { series } from "../../src/lib/data/index.ts";
import { axisSchema, chartEntryBase, measureSchema, yearsSchema } from "../../src/schemas/chart-entry.ts";
import { lineChart } from "../../src/charts/drawing/line-chart.ts";
import { describeLines } from "../../src/charts/describe.ts";
import { drawBoth, seriesParts, toPoints, toSeries, yearRange, type AreaValues } from "../../src/charts/view-parts.ts";
import type { ChartKind } from "../../src/charts/chart-definition.ts";
import type { RegisteredKind } from "../../src/charts/kinds/index.ts";
import type { SiteConfig } from "../../src/config/config.ts";

export const syntheticEntrySchema = chartEntryBase.extend({ area: z.string(), name: z.string(), years: yearsSchema, axis: axisSchema, measure: measureSchema }).strict();
export type SyntheticEntry = z.infer<typeof syntheticEntrySchema>;

export const syntheticChart: ChartKind<SyntheticEntry, AreaValues> = {
  entry: syntheticEntrySchema,
  binds: () => ["from", "to"],
  build({ id, entry: e, text, data, sources, ui }) {
    const t = text({ from: e.years.from, to: e.years.to });
    const years = yearRange(e.years.from, e.years.to);
    const points = toPoints(data.name, data.values, years);
    return {
      id,
      title: t.title,
      subtitle: t.subtitle,
      alt: t.alt,
      ...describeLines([toSeries(data.name, data.values, years)], t.measure, ui.charts),
      svg: drawBoth(id, t.alt, (document, size, narrow) => lineChart(points, { document, ...size, narrow, series: [data.name], yLabel: t.axis.label, unit: t.axis.unit })),
      ...seriesParts([data], years, t.caption, sources, ui.charts),
    };
  },
};

export const syntheticKind = {
  chart: syntheticChart,
  gather: (e: SyntheticEntry, config: SiteConfig): AreaValues => ({ name: e.name, values: series(e.area, "looked_after_31_march", "rate_per_10000", config, e.years.from, e.years.to) }),
} as unknown as RegisteredKind;
