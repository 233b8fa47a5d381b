/**
 * The sections a reader can respond to, each with a stable id (sent to the form and used
 * as the notes key). Chart pages are sections by their chart id; prose pages pass their
 * own sections (the proposal's come from content/proposal/).
 */
import { ui } from "../lib/content/ui.ts";
import type { SiteConfig } from "../config/config.ts";
import { allCharts } from "../charts/index.ts";
import { chartFiles } from "../charts/outputs/downloads.ts";

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

/** Every section of the site configured by `config`: the prose sections given, in reading order, then the charts in registry order. */
export function responseSections(config: SiteConfig, prose: readonly ResponseSection[] = []): ResponseSection[] {
  // A chart's section is named by its topic (the short words of a link to it), not its whole title, which states a finding at length.
  const chartSections = allCharts(config).map((c) => ({ id: c.id, title: c.topic, href: chartFiles(c.id).page, chart: true }));
  return [...prose, ...chartSections, { id: "general", title: ui(config).generalNotes, href: "/respond/" }];
}
