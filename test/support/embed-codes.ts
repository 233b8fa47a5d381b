/** The embed code each built chart page offers, read from its HTML in dist/ (no browser). */
import { site } from "./site.ts";
import { parseHTML } from "linkedom";
import { allCharts } from "../../src/charts/index.ts";
import { builtDoc } from "./pages.ts";


/**
 * A <textarea>'s value as a browser gives it. linkedom keeps a textarea's text raw, so
 * its character references are decoded here by parsing the text as element content (with
 * every "<" kept as text), and the one newline an HTML parser drops after the start tag goes.
 */
function textareaValue(field: Element): string {
  const raw = field.textContent!.replace(/</g, "&lt;");
  const decoded = parseHTML(`<!doctype html><html><body><div>${raw}</div></body></html>`).document.querySelector("div")!.textContent!;
  return decoded.replace(/^\n/, "");
}

/** Chart id → the text of the page's embed code field, as a reader would copy it. */
export function embedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { id } of allCharts(site)) {
    const fields = builtDoc(`/charts/${id}/`).querySelectorAll("textarea.embed-code-field");
    if (fields.length !== 1) throw new Error(`/charts/${id}/: ${fields.length} embed code fields, expected one`);
    codes.set(id, textareaValue(fields[0]!));
  }
  return codes;
}

/** The site's public origin, as written into the embed code (Astro's `site`). */
export function embedOrigin(codes: Map<string, string>): string {
  const first = codes.values().next().value!;
  return new URL(/<iframe src="([^"]+)"/.exec(first)![1]!).origin;
}
