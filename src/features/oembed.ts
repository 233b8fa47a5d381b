/** The oEmbed (https://oembed.com/, section 2.3.4) response for a chart: type "rich". */
import type { ChartView } from "../charts/types.ts";
import { EMBED_HEIGHT, embedCode, EMBED_WIDTH } from "./embed-code.ts";

/** Who provides the embed: the site's name and its public address. */
export interface OEmbedProvider {
  name: string;
  url: URL | string;
}

export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  title: string;
  /**
   * Not one of oEmbed's own fields (providers may add their own, section 2.3.4): the
   * chart's measure and, where it has one, what the data cannot show, so a consumer that
   * shows a description shows the caveat with the chart.
   */
  description: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** A chart's one-line description for previews (og:description, oEmbed): its measure, then what the data cannot show. */
export function chartSummary(view: Pick<ChartView, "subtitle" | "caveat">): string {
  return view.caveat ? `${view.subtitle}. ${view.caveat}` : view.subtitle;
}

/** The oEmbed response for one chart, with the same embed code as the chart page. */
export function oembedResponse(provider: OEmbedProvider, view: Pick<ChartView, "id" | "title" | "subtitle" | "caveat">, version?: string): OEmbedRich {
  return {
    version: "1.0",
    type: "rich",
    title: view.title,
    description: chartSummary(view),
    provider_name: provider.name,
    provider_url: new URL("/", provider.url).href,
    html: embedCode(provider.url, view, version),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
}
