import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillSlots, loadUi, ui, UiError } from "../../../src/lib/content/ui.ts";
import { fillPageSlots } from "../../../src/lib/content/page-slots.ts";
import { navGroups, nav } from "../../../src/lib/site/nav.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const real = readFileSync(join(ROOT, "content", "ui.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "ui-"));
/** Load a variant of the site's ui.yaml; the error text, or "" when it loads. */
function loadVariant(text: string): string {
  const file = join(dir, "ui.yaml");
  writeFileSync(file, text);
  try {
    loadUi(file);
    return "";
  } catch (e) {
    expect(e).toBeInstanceOf(UiError);
    return (e as Error).message.replace(file, "ui.yaml");
  }
}
const lineOf = (needle: string) => real.slice(0, real.indexOf(needle)).split("\n").length;

describe("content/ui.yaml", () => {
  it("loads the site's own wording", () => {
    expect(ui().footer.asOf).toContain("{date}");
    expect(loadVariant(real)).toBe("");
  });

  it("names the file when it is missing", () => {
    expect(() => loadUi(join(dir, "none.yaml"))).toThrow(/none\.yaml:1: \(file\): missing/);
  });

  it("names file, line and field when a text is missing or empty", () => {
    // A missing key has no line of its own: the error points at the mapping it belongs in.
    expect(loadVariant(real.replace(/^ {2}menu: Menu\n/m, ""))).toMatch(new RegExp(`^ui.yaml:${lineOf("  skipLink:")}: site.menu: .*expected string`));
    expect(loadVariant(real.replace("  menu: Menu", '  menu: ""'))).toMatch(new RegExp(`^ui.yaml:${lineOf("  menu: Menu")}: site.menu: `));
  });

  it("names file, line and field for a slot the text cannot use", () => {
    expect(loadVariant(real.replace("asOf: Information as of {date}.", "asOf: Information as of {day}."))).toBe(
      `ui.yaml:${lineOf("asOf: Information as of")}: footer.asOf: unknown slot {day}; this text may use {date}`,
    );
  });

  it("names an unknown field, so a misspelt key is not silently ignored", () => {
    expect(loadVariant(real.replace("  menu: Menu", "  menu: Menu\n  menus: Menus"))).toMatch(/^ui\.yaml:\d+: site: Unrecognized key/);
  });

  it("gives the navigation its words", () => {
    expect(nav[0]).toEqual({ href: "/", label: ui().nav.home });
    expect(navGroups.map((g) => g.label)).toEqual(Object.values(ui().nav.groups));
    expect(nav.find((n) => n.href === "/timeline/")).toEqual({ href: "/timeline/", ...ui().nav.sections.timeline });
  });
});

describe("fillSlots(text, slots, escape)", () => {
  it("escapes plain values and places markup as it is", () => {
    const esc = (s: string) => s.replace(/</g, "&lt;");
    expect(fillSlots("Published by {name} on {date}.", { name: "A <b>", date: { html: "<time>x</time>" } }, esc)).toBe("Published by A &lt;b> on <time>x</time>.");
  });

  it("leaves bound figures alone and refuses a slot with no value", () => {
    expect(fillSlots("{{england.rate.2018}} and {n}", { n: 3 })).toBe("{{england.rate.2018}} and 3");
    expect(() => fillSlots("As of {date}", {})).toThrow(/no value for the slot \{date\}/);
  });
});

describe("fillPageSlots(text, slots, file, source)", () => {
  it("fills a page's slots with markdown and names file and line of an unknown one", () => {
    expect(fillPageSlots("From {first} to {last}.", { first: "{{date:2016}}", last: "{{date:2024}}" }, "p.md")).toBe("From {{date:2016}} to {{date:2024}}.");
    const source = "---\ntitle: T\n---\nOne.\n\nAs of {asof}.\n";
    expect(() => fillPageSlots("One.\n\nAs of {asof}.\n", { asOf: "x" }, "p.md", source)).toThrow("p.md:6: {asof}: unknown slot; this page offers {asOf}");
  });
});

describe("content/labels.yaml", () => {
  it("lists the identifiers prose may write with digits, and names file, line and field of a bad kind", async () => {
    const { labels, labelsSchema, isListedLabel } = await import("../../../src/lib/markdown/labels.ts");
    const { validateYamlText } = await import("../../../src/lib/content/yaml-errors.ts");
    expect(labels()["31-march"]).toEqual({ kind: "count-date", text: "31 March" });
    expect(isListedLabel("count-date", " 31 March ")).toBe(true);
    expect(isListedLabel("count-date", "30 March")).toBe(false);
    const text = readFileSync(join(ROOT, "content", "labels.yaml"), "utf8").replace("{ kind: unit,", "{ kind: units,");
    const line = text.slice(0, text.indexOf("kind: units")).split("\n").length;
    expect(validateYamlText(text, "content/labels.yaml", labelsSchema)).toEqual([expect.stringMatching(new RegExp(`^content/labels\\.yaml:${line}: per-10000\\.kind: `))]);
  });
});
