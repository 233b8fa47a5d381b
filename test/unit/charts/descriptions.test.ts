import { describe, expect, it } from "vitest";
import { allCharts, chartView } from "../../../src/charts/index.ts";
import { loadChartEntries } from "../../../src/charts/entries.ts";
import { homesAccounts } from "../../../src/lib/data/homes.ts";
import { MAX_LEAD_SENTENCES } from "../../../src/charts/describe.ts";
import { repeatedPatterns, sentencesOf, splitSentences } from "../../support/sentence-pattern.ts";
import type { ChartView } from "../../../src/charts/types.ts";
import { site } from "../../support/site.ts";


/** Every name a description may give a series or source, as the legend, table or prose give it. */
function namesOf(view: ChartView): string[] {
  const seriesProse = loadChartEntries(site.paths.content).flatMap((e) => ("series" in e.entry && Array.isArray(e.entry.series) ? e.entry.series.map((c: { prose: string }) => c.prose) : []));
  const prose = [...seriesProse, ...site.areas.flatMap((a) => (a.prose ? [a.prose] : [])), ...homesAccounts(site).flatMap((a) => [a.label, a.inSentence ?? a.label])];
  return [...view.legend.flatMap((l) => [l.series, l.label]), ...view.table.columns, ...view.table.rows.map((r) => r[0]!), ...prose];
}

describe.each(allCharts(site).map((c) => c.id))("chartView(%s, site).description and .details", (id) => {
  const view = chartView(id, site);

  it("lead: at most three sentences, and a short list after it", () => {
    expect(splitSentences(view.description).length).toBeGreaterThan(0);
    expect(splitSentences(view.description).length).toBeLessThanOrEqual(MAX_LEAD_SENTENCES);
    expect(view.details.length).toBeLessThanOrEqual(6);
  });

  it("no two sentences share a pattern", () => {
    expect(repeatedPatterns(view, namesOf(view))).toEqual([]);
  });

  it("words no stronger than the data: no first crossing claimed, no 'already' or 'only'", () => {
    for (const s of sentencesOf(view)) {
      expect(s).not.toMatch(/\bfirst (?:above|below)\b/);
      expect(s).not.toMatch(/\b(?:already|slashed|axed)\b/i);
    }
  });

  it("every percentage is said to be our calculation or attributed to its source", () => {
    for (const s of sentencesOf(view).filter((x) => /\d%/.test(x))) expect(s).toMatch(/our calculation|per cent/);
  });

  it("is written for the ear: no dashes between numbers, no 'under-18s', no '£…m'", () => {
    const text = [view.description, ...view.details].join(" ");
    expect(text).not.toMatch(/\d–\d|under-18s|£[\d.]+m\b/);
  });
});
