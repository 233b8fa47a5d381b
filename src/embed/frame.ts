/**
 * The embed page's own script (/embed-frame.js). It reads the embed options in the
 * address and tells the host page the content height on load and whenever it changes:
 *
 * - `theme=light|dark` pins the colours (otherwise they follow the reader's preference);
 * - `plain=1` hides the title and subtitle from view, so the host's own headline leads
 *   (they stay for assistive technology, and the source line always shows);
 * - `static=1` loads no interaction script (/embed-island.js, the chart island);
 * - `area=<code>` opens a chart that has an area picker with that area highlighted: the
 *   island does it, or, with `static=1`, /embed-area.js, which highlights and adds nothing else.
 *
 * It is a classic script in <head>, so the theme and the plain layout are set before
 * the first paint: no flash of the other colours, no title appearing and then vanishing.
 * Without it the page still works in full: the theme follows the reader's preference,
 * the title shows and the iframe keeps its default height.
 */
import { heightMessage, REQUEST_MESSAGE } from "./protocol.ts";

export type Theme = "light" | "dark";

/** The theme asked for in a query string, or null to follow the reader's preference. */
export function themeFromQuery(search: string): Theme | null {
  const theme = new URLSearchParams(search).get("theme");
  return theme === "light" || theme === "dark" ? theme : null;
}

/** The options an embed address can carry; anything else in it is ignored. */
export interface EmbedOptions {
  theme: Theme | null;
  plain: boolean;
  static: boolean;
  /** The area code to highlight (?area=), or null. */
  area: string | null;
}

/** The chart island for embed pages, bundled to a fixed URL by the build (scripts/postbuild/embed-scripts.ts). */
export const ISLAND_SRC = "/embed-island.js";

/** The area highlight alone, for ?static=1 with ?area= (src/embed/area-entry.ts). */
export const AREA_SRC = "/embed-area.js";

/** A yes/no option is on for "1" or "true"; absent or anything else is off. */
const flag = (value: string | null) => value === "1" || value === "true";

/** The embed options in a query string. */
export function optionsFromQuery(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  return { theme: themeFromQuery(search), plain: flag(params.get("plain")), static: flag(params.get("static")), area: params.get("area") || null };
}

/** The height of the page's content; the root box is as tall as its content, not the viewport. */
export function contentHeight(doc: Document): number {
  return doc.documentElement.getBoundingClientRect().height;
}

/** Applies the options and starts reporting the content height to the parent window. */
export function start(win: Window): void {
  const doc = win.document;
  const options = optionsFromQuery(win.location.search);
  if (options.theme) doc.documentElement.dataset.theme = options.theme;
  if (options.plain) doc.documentElement.dataset.plain = "";
  // The island, or for a static embed that asks for an area the highlight alone. Either
  // works on the figures already in the page, so it is added once they are.
  const src = !options.static ? ISLAND_SRC : options.area ? AREA_SRC : null;
  if (src) {
    const load = () => {
      // Only a chart with an area picker has areas to highlight.
      if (src === AREA_SRC && !doc.querySelector(".chart-picker[data-picker-src]")) return;
      const script = doc.createElement("script");
      script.src = src;
      doc.head.append(script);
    };
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", load, { once: true });
    else load();
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", () => void checkNewer(doc, win.fetch.bind(win)), { once: true });
  else void checkNewer(doc, win.fetch.bind(win));
  // Not framed: there is nobody to tell.
  if (win.parent === win) return;
  let last = -1;
  const post = () => {
    const message = heightMessage(contentHeight(doc));
    if (message.height === last) return;
    last = message.height;
    // The height is not secret, and the host's origin is not known in advance.
    win.parent.postMessage(message, "*");
  };
  new ResizeObserver(post).observe(doc.documentElement);
  win.addEventListener("load", post);
  // A host whose embed.js ran after this page loaded asks again; the answer is only a number.
  win.addEventListener("message", (event) => {
    if (event.source !== win.parent || (event.data as { type?: unknown } | null)?.type !== REQUEST_MESSAGE) return;
    last = -1;
    post();
  });
}

/** The part of /charts/<id>/versions.json a pinned embed reads. */
interface VersionsJson {
  latest: string;
  versions: { version: string; newer: string | null }[];
}

/**
 * A pinned version's embed (/embed/<id>/v/<version>/) whose page was built when it was
 * the latest: asks this site's /charts/<id>/versions.json whether a newer version has been
 * recorded since, and if so shows the line that says what changed, linking the latest.
 * The build writes the line itself whenever it knows; this covers a copy cached before.
 */
export async function checkNewer(doc: Document, fetchJson: typeof fetch): Promise<void> {
  const line = doc.querySelector<HTMLElement>(".embed-newer[data-versions][data-version]");
  if (!line || !line.hidden) return;
  try {
    const r = await fetchJson(line.dataset.versions!, { credentials: "omit" });
    if (!r.ok) return;
    const json = (await r.json()) as VersionsJson;
    const newer = json.versions.find((v) => v.version === line.dataset.version)?.newer;
    if (json.latest === line.dataset.version || !newer) return;
    const a = doc.createElement("a");
    a.href = line.dataset.latestHref ?? "/";
    a.textContent = newer;
    line.replaceChildren(a);
    line.hidden = false;
  } catch {
    // No line: the figures shown are still the version's own, as the address says.
  }
}
