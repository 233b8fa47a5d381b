/**
 * The embed code for a chart and the numbers that go with it. One function makes the
 * snippet, so the chart page, the oEmbed response and the tests all show the same code.
 */
import type { ChartView } from "../charts/types.ts";
import { chartFiles, versionFiles } from "../charts/outputs/downloads.ts";
import { escapeHtml } from "../format/escape.ts";

/** Width the oEmbed response states; the iframe itself is fluid (100% of its column). */
export const EMBED_WIDTH = 640;

export const HOST_SCRIPT_PATH = "/embed.js";

/**
 * The iframe's height until embed.js reports the real one, and where a host strips
 * scripts (the iframe then scrolls): about what a chart's embed needs at EMBED_WIDTH.
 */
export const EMBED_HEIGHT = 760;


/**
 * The snippet a journalist pastes: one lazy iframe and one script, with absolute URLs. With
 * a `version` the iframe shows that version of the chart (/embed/<id>/v/<version>/), which
 * says so when the chart has a newer one.
 */
export function embedCode(site: URL | string, view: Pick<ChartView, "id" | "title">, version?: string): string {
  const src = new URL(version ? versionFiles(view.id, version).embed : chartFiles(view.id).embed, site).href;
  const script = new URL(HOST_SCRIPT_PATH, site).href;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(view.title)}" width="100%" height="${EMBED_HEIGHT}" ` +
    `style="border:0;display:block;max-width:100%" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(script)}"></script>`
  );
}

/**
 * The area an embed's help text gives as its ?area= example, from what the chart's picker
 * offers: the first area the site compares with that is offered, else the first offered
 * that is not the site's own council. None when nothing else is offered.
 */
export function exampleArea<T extends { value: string }>(offered: readonly T[], own: string, comparators: readonly string[]): T | undefined {
  const others = offered.filter((o) => o.value !== "" && o.value !== own);
  return comparators.map((c) => others.find((o) => o.value === c)).find((o) => o !== undefined) ?? others[0];
}
