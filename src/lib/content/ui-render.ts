/**
 * The site's fixed wording (content/ui.yaml) rendered for pages: each text through the one
 * markdown setup (so errors name the file and line), then its slots filled. `html` gives
 * markup for an element's content; `text` gives plain text for attributes and titles.
 */
import { forFile } from "./site-markdown.ts";
import { fillSlots, ui, uiFile, type Html, type SlotValue, type Ui } from "./ui.ts";
import type { SiteConfig } from "../../config/config.ts";
import { SLOT } from "../../schemas/ui.ts";
import { escapeHtml } from "../../format/escape.ts";
import { formatIsoDate } from "../../format/date.ts";

export interface UiRenderer {
  /** The wording itself (for lists and choices). */
  t: Ui;
  /** Markup for one text, its slots filled: strings and numbers escaped, Html as it is. */
  html(text: string, slots?: Readonly<Record<string, SlotValue>>): string;
  /** Plain text for one text, its slots filled with plain values. */
  text(text: string, slots?: Readonly<Record<string, SlotValue>>): string;
}

// While markdown renders a text, each slot stands as a word in private-use characters: the
// typographer then treats "{council}'s" like any word's apostrophe, and nothing in a slot's
// value is ever read as markdown.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const hide = (text: string) => text.replace(SLOT, (_, name: string) => `${OPEN}${name}${CLOSE}`);
const show = (text: string) => text.replace(new RegExp(`${OPEN}([a-zA-Z][a-zA-Z0-9]*)${CLOSE}`, "g"), "{$1}");

/** The renderer of the wording of the site configured by `config`. */
export async function uiRenderer(config: SiteConfig): Promise<UiRenderer> {
  const r = await forFile(uiFile(config), config);
  return {
    t: ui(config),
    html: (text, slots = {}) => fillSlots(show(r.inline(hide(text))), slots, escapeHtml),
    text: (text, slots = {}) => fillSlots(show(r.plain(hide(text))), slots),
  };
}

/** A date (YYYY-MM-DD, YYYY-MM or YYYY) as a <time> element for a slot. */
export function timeHtml(iso: string): Html {
  return { html: `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatIsoDate(iso))}</time>` };
}

/** A number as a <data> element for a slot. */
export function dataHtml(n: number): Html {
  return { html: `<data value="${n}">${n}</data>` };
}

/** A link for a slot; `inner` is markup. */
export function linkHtml(href: string, inner: Html | string, attrs = ""): Html {
  const body = typeof inner === "string" ? escapeHtml(inner) : inner.html;
  return { html: `<a href="${escapeHtml(href)}"${attrs ? ` ${attrs}` : ""}>${body}</a>` };
}

/** Text as <code> for a slot. */
export function codeHtml(text: string): Html {
  return { html: `<code>${escapeHtml(text)}</code>` };
}
