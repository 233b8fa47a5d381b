/**
 * Slots in a content page: `{name}` in its title, description or body, filled by the page
 * with markdown the site computes (a date as {{date:…}}, a year from the timeline), so a
 * sentence that names a value the data decides stays in content. A slot the page does not
 * offer stops the build, naming file and line.
 */
import { SLOT } from "../../schemas/ui.ts";

/** `text` with each `{name}` replaced by its markdown; an unknown name throws naming `file` and the line in `source`. */
export function fillPageSlots(text: string, slots: Readonly<Record<string, string>>, file: string, source = ""): string {
  return text.replace(SLOT, (whole, name: string) => {
    const v = slots[name];
    if (v !== undefined) return v;
    const at = source.indexOf(whole);
    const line = at < 0 ? 1 : source.slice(0, at).split("\n").length;
    const offered = Object.keys(slots);
    throw new Error(`${file}:${line}: ${whole}: unknown slot; ${offered.length > 0 ? `this page offers ${offered.map((s) => `{${s}}`).join(", ")}` : "this page takes no slots"}`);
  });
}
