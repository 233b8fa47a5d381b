import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillSlots, loadUi, mergeUi, ui, UiError } from "../../../src/lib/content/ui.ts";
import { fillPageSlots } from "../../../src/lib/content/page-slots.ts";
import { siteNavigation } from "../../../src/lib/site/nav.ts";
import { site } from "../../support/site.ts";


const ROOT = join(import.meta.dirname, "..", "..", "..");
const siteText = readFileSync(join(ROOT, "content", "ui.yaml"), "utf8");
/** The engine's wording, which the site's file overrides key by key. */
const real = readFileSync(join(ROOT, "src", "lib", "content", "ui.defaults.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "ui-"));
/** Load a site's ui.yaml (null: no file) over a variant of the defaults; the error text, or "" when it loads. */
function loadPair(site: string | null, defaults = real): string {
  const file = join(dir, `site-${Math.random()}.yaml`);
  const defaultsFile = join(dir, "defaults.yaml");
  if (site !== null) writeFileSync(file, site);
  writeFileSync(defaultsFile, defaults);
  try {
    loadUi(file, defaultsFile);
    return "";
  } catch (e) {
    expect(e).toBeInstanceOf(UiError);
    return (e as Error).message.replaceAll(file, "ui.yaml").replaceAll(defaultsFile, "defaults.yaml");
  }
}
/** A variant of the engine's defaults under the site's real ui.yaml. */
const loadVariant = (defaults: string) => loadPair(siteText, defaults);
const lineOf = (needle: string, text = real) => text.slice(0, text.indexOf(needle)).split("\n").length;
const load = (site: string, defaults = real) => {
  const file = join(dir, `ok-${Math.random()}.yaml`);
  const defaultsFile = join(dir, `okd-${Math.random()}.yaml`);
  writeFileSync(file, site);
  writeFileSync(defaultsFile, defaults);
  return loadUi(file, defaultsFile);
};

describe("content/ui.yaml over the engine's defaults", () => {
  it("loads the site's own wording", () => {
    expect(ui(site).footer.asOf).toContain("{date}");
    expect(loadVariant(real)).toBe("");
  });

  it("names the defaults file when it is missing", () => {
    expect(() => loadUi(join(ROOT, "content", "ui.yaml"), join(dir, "none.yaml"))).toThrow(/none\.yaml:1: \(file\): missing/);
  });

  it("lets the site's value win over the default", () => {
    expect(load(siteText + "\nsite:\n  menu: Contents\n").site.menu).toBe("Contents");
    expect(load(siteText + "\nsite:\n  menu: Contents\n").site.skipLink).toBe("Skip to main content");
  });

  it("gives an omitted key its default", () => {
    expect(siteText).not.toMatch(/^ {2}menu:/m);
    expect(load(siteText).site.menu).toBe("Menu");
  });

  it("replaces a list whole rather than joining the two", () => {
    expect(mergeUi({ a: { l: [1, 2], s: "x" } }, { a: { l: [3] } })).toEqual({ a: { l: [3], s: "x" } });
    expect(mergeUi({ a: ["x", "y"] }, { a: ["z"] })).toEqual({ a: ["z"] });
  });

  it("names the site's file, line and key of a key the engine does not know", () => {
    const site = siteText + "\nsite:\n  menu: Contents\n  menus: Menus\n";
    expect(loadPair(site)).toBe(`ui.yaml:${lineOf("  menus:", site)}: site.menus: the engine knows no such key (a misspelling?); the keys are in src/schemas/ui.ts`);
  });

  it("names the keys about the story a site must give, when its file is missing or leaves them out", () => {
    const missing = loadPair(null);
    expect(missing).toMatch(/^ui\.yaml:1: footer\.sources: .*the engine has no default for it/m);
    expect(missing).toMatch(/^ui\.yaml:1: home\.standsUnknown: /m);
    expect(loadPair("footer:\n  licence: x {licence}\n")).toMatch(/^ui\.yaml:2: footer\.sources: /m);
  });

  it("names file, line and field when a default is missing or empty", () => {
    // A missing key has no line of its own: the error points at the mapping it belongs in.
    expect(loadVariant(real.replace(/^ {2}menu: Menu\n/m, ""))).toMatch(new RegExp(`^ui.yaml:${lineOf("footer:", siteText)}: site.menu: .*expected string`));
    expect(loadVariant(real.replace("  menu: Menu", '  menu: ""'))).toMatch(new RegExp(`^defaults.yaml:${lineOf("  menu: Menu")}: site.menu: `));
  });

  it("names file, line and field for a slot the text cannot use", () => {
    expect(loadVariant(real.replace("asOf: Information as of {date}.", "asOf: Information as of {day}."))).toBe(
      `defaults.yaml:${lineOf("asOf: Information as of")}: footer.asOf: unknown slot {day}; this text may use {date}`,
    );
    const site = siteText + "\nsite:\n  menu: Menu {x}\n";
    expect(loadPair(site)).toBe(`ui.yaml:${lineOf("  menu: Menu {x}", site)}: site.menu: unknown slot {x}; this text takes no slots`);
  });

  it("gives the navigation its words", () => {
    const { all: nav, groups: navGroups } = siteNavigation(site);
    expect(nav[0]).toEqual({ href: "/", label: ui(site).nav.home });
    expect(navGroups.map((g) => g.label)).toEqual(Object.values(ui(site).nav.groups));
    expect(nav.find((n) => n.href === "/timeline/")).toEqual({ href: "/timeline/", ...ui(site).nav.sections.timeline });
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
    const { loadLabels, labelsSchema, isListedLabel } = await import("../../../src/lib/markdown/labels.ts");
    const { validateYamlText } = await import("../../../src/format/yaml-errors.ts");
    expect(loadLabels(site)["31-march"]).toEqual({ kind: "count-date", text: "31 March" });
    expect(isListedLabel("count-date", " 31 March ", loadLabels(site))).toBe(true);
    expect(isListedLabel("count-date", "30 March", loadLabels(site))).toBe(false);
    const text = readFileSync(join(ROOT, "content", "labels.yaml"), "utf8").replace("{ kind: unit,", "{ kind: units,");
    const line = text.slice(0, text.indexOf("kind: units")).split("\n").length;
    expect(validateYamlText(text, "content/labels.yaml", labelsSchema)).toEqual([expect.stringMatching(new RegExp(`^content/labels\\.yaml:${line}: per-10000\\.kind: `))]);
  });
});
