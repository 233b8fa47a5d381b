/**
 * /embed.js, loaded by a page that embeds a chart. It resizes an embedded chart's iframe
 * to the height the chart's page reports, and does nothing else: it never navigates,
 * never evaluates anything and trusts a message only when it comes from one of our
 * iframes, from the origin this script itself was loaded from.
 */
import { readHeight, REQUEST_MESSAGE } from "./protocol.ts";

/** What the handler needs from the host page; a fake in tests. */
export interface HostDocument {
  querySelectorAll(selector: "iframe"): ArrayLike<HTMLIFrameElement>;
}

/** The origin a script URL was served from, or null if it has none (e.g. a data: URL). */
export function scriptOrigin(src: string | undefined): string | null {
  if (!src) return null;
  try {
    const { origin } = new URL(src);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** The iframe whose window sent `event`, if it shows an embed page from `origin`. */
export function sourceFrame(doc: HostDocument, origin: string, event: Pick<MessageEvent, "source" | "origin">): HTMLIFrameElement | null {
  if (event.origin !== origin || event.source === null) return null;
  const frames = doc.querySelectorAll("iframe");
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.contentWindow === event.source && frame.src.startsWith(`${origin}/embed/`)) return frame;
  }
  return null;
}

/**
 * The look the embed code's `style` attribute asks for, set again through the CSSOM: a host
 * page whose policy has no 'unsafe-inline' in style-src refuses the attribute, but not this.
 */
export function fitFrame(frame: HTMLIFrameElement): void {
  frame.style.border = "0";
  frame.style.display = "block";
  frame.style.maxWidth = "100%";
}

/** A `message` listener resizing the embed iframe that sent a valid height. */
export function heightListener(doc: HostDocument, origin: string): (event: MessageEvent) => void {
  return (event) => {
    const frame = sourceFrame(doc, origin, event);
    if (!frame) return;
    const height = readHeight(event.data);
    if (height === null) return;
    // Set through the CSSOM, which a host page's style-src policy allows.
    fitFrame(frame);
    frame.style.height = `${height}px`;
  };
}

/**
 * Where install() records the origins it listens for, on the host's window. A symbol, not a
 * name: an element with an id on the host page is also a property of window by that name,
 * so a named property could be an element there.
 */
export const INSTALLED: unique symbol = Symbol.for(`${__SITE_IDENTIFIERS__.messagePrefix}:embeds`) as never;

/** Installs the listener once per origin, however many times the script is pasted. */
export function install(win: Window & { [INSTALLED]?: Set<string> }, src: string | undefined): boolean {
  const origin = scriptOrigin(src);
  if (!origin) return false;
  const installed = (win[INSTALLED] ??= new Set());
  if (installed.has(origin)) return false;
  installed.add(origin);
  win.addEventListener("message", heightListener(win.document, origin));
  // Frames that loaded before this script ran have already reported; ask them again. The
  // request carries nothing, so it goes to whatever the frame holds now ("*"): a lazy frame
  // not yet loaded is still about:blank, and naming our origin would log an error there.
  const frames = win.document.querySelectorAll("iframe");
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (!frame.src.startsWith(`${origin}/embed/`)) continue;
    fitFrame(frame);
    frame.contentWindow?.postMessage({ type: REQUEST_MESSAGE }, "*");
  }
  return true;
}
