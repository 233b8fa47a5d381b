/**
 * The standalone SVG a chart's /charts/<id>.svg serves and its /charts/<id>.png is
 * rasterised from: one function, so the two files always print the same source line and
 * the same public address (src/config/public-url.ts) under the chart.
 */
import { chartView } from "../index.ts";
import { chartFiles } from "./downloads.ts";
import { standaloneSvg } from "./standalone.ts";
import { absoluteUrl, type SiteConfig } from "../../config/config.ts";

/** The standalone SVG document of chart `id`, with its page's public address under the sources. */
export function standaloneChartSvg(id: string, config: SiteConfig): string {
  return standaloneSvg(chartView(id, config), absoluteUrl(chartFiles(id).page, config));
}
