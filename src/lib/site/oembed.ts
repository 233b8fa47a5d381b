/** The oEmbed (https://oembed.com/, section 2.3.4) response for a chart: type "rich". */
import { siteConfig } from "./config.ts";
import type { ChartView } from "../../charts/types.ts";
import { EMBED_HEIGHT, embedCode, EMBED_WIDTH } from "./embed-code.ts";

export const PROVIDER_NAME = siteConfig().name;

export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** The oEmbed response for one chart, with the same embed code as the chart page. */
export function oembedResponse(site: URL | string, view: Pick<ChartView, "id" | "title">, version?: string): OEmbedRich {
  return {
    version: "1.0",
    type: "rich",
    title: view.title,
    provider_name: PROVIDER_NAME,
    provider_url: new URL("/", site).href,
    html: embedCode(site, view, version),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
}
