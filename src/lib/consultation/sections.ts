/**
 * The sections a reader can respond to, each with a stable id (sent to the form and used
 * as the notes key). Chart pages are sections by their chart id; add a page's sections
 * to EXTRA_SECTIONS when the page gets a RespondLink.
 */
import { charts, chartView } from "../../charts/index.ts";

export interface ResponseSection {
  /** Stable id, as passed to RespondLink. */
  id: string;
  /** What the reader sees. */
  title: string;
  /** Where the section is on the site. */
  href: string;
  /** True when the section is a chart, so its title is chart text (marked data-chart, as on /charts/). */
  chart?: boolean;
}

/** Sections of prose pages, in reading order. */
export const EXTRA_SECTIONS: readonly ResponseSection[] = [];

/** Every section, prose first, then the charts in registry order. */
export function responseSections(): ResponseSection[] {
  const chartSections = charts.map((c) => ({ id: c.id, title: chartView(c.id).title, href: `/charts/${c.id}/`, chart: true }));
  return [...EXTRA_SECTIONS, ...chartSections, { id: "general", title: "General comments", href: "/respond/" }];
}
