/**
 * The embed page's own script (/embed-frame.js, loaded in <head> so the theme is set
 * before the first paint). It applies ?theme=light|dark and tells the host page the
 * content height on load and whenever it changes. Without it the page still works: the
 * theme follows the reader's preference and the iframe keeps its default height.
 */
import { heightMessage, REQUEST_MESSAGE } from "./protocol.ts";

export type Theme = "light" | "dark";

/** The theme asked for in a query string, or null to follow the reader's preference. */
export function themeFromQuery(search: string): Theme | null {
  const theme = new URLSearchParams(search).get("theme");
  return theme === "light" || theme === "dark" ? theme : null;
}

/** The height of the page's content; the root box is as tall as its content, not the viewport. */
export function contentHeight(doc: Document): number {
  return doc.documentElement.getBoundingClientRect().height;
}

/** Sets the theme and starts reporting the content height to the parent window. */
export function start(win: Window): void {
  const doc = win.document;
  const theme = themeFromQuery(win.location.search);
  if (theme) doc.documentElement.dataset.theme = theme;
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
