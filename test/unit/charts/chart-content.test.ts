/**
 * Charts from content: a chart kind draws from the data, entry and settings it is handed
 * (fixtures here, not the project's data), its words bind values it computes, and bad
 * entries stop the build naming file, line and field.
 */
import { ui } from "../../../src/lib/content/ui.ts";
import { site as testSite } from "../../support/site.ts";
import { mkdtempSync, writeFileSync, mkdirSync, cpSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { bindEntry, bindText } from "../../../src/charts/bind.ts";
import { chartEntryProblems, loadChartEntries, loadLedger } from "../../../src/charts/entries.ts";
import { ratePer10000 } from "../../../src/charts/kinds/rate-per-10000.ts";
import { startsAndCeased } from "../../../src/charts/kinds/starts-and-ceased.ts";
import { ageAndPlacement } from "../../../src/charts/kinds/age-and-placement.ts";
import { nationLookedAfter } from "../../../src/charts/kinds/nation-looked-after.ts";
import { figureRegistry, figureText } from "../../../src/lib/figures/site-registry.ts";
import { stableIdProblems } from "../../../src/charts/outputs/stable-ids.ts";
import { validateContent } from "../../../src/features/validate-yaml.ts";
import { sources, type AgePlacementValue, type LookedAfterValue, type Source } from "../../../src/lib/data/index.ts";
import type { SourceCatalogue } from "../../../src/charts/chart-definition.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";
import type { ChartEntry } from "../../../src/schemas/chart-entry.ts";
import type { ZodType } from "astro/zod";

/** The site's configuration, handed to the code under test. */
const CONFIG = loadSiteConfig(process.env);

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "chart-content-"));
  made.push(d);
  return d;
};

/** A catalogue of imaginary sources: a fixture needs no row of data/sources.csv. */
const catalogue: SourceCatalogue = {
  source: (id) => ({ id, title: `Title of ${id}`, publisher: "Publisher", kind: "official statistics", release: `Release ${id}`, published: "2025-01-01", url: "https://example.org/", licence: "OGL-UK-3.0", note: null }) as unknown as Source,
  revision: () => null,
};

/** An entry as a kind receives it: parsed by the kind's schema, bound with errors naming the fixture. */
function input<E extends ChartEntry, D>(schema: ZodType<E>, yaml: string, data: D, figures: Record<string, string> = {}) {
  const entry = schema.parse(parseDocument(yaml).toJS());
  return { id: "fixture", entry, data, sources: catalogue, ui: ui(testSite), text: (values: Record<string, string | number>) => bindEntry(entry, values, { file: "fixture.yaml", text: yaml }, (k) => figures[k]) };
}

/** Looked-after values for an imaginary area, from an imaginary source. */
const values = (code: string, name: string, measure: LookedAfterValue["measure"], unit: LookedAfterValue["unit"], byYear: Record<number, number>): LookedAfterValue[] =>
  Object.entries(byYear).map(([year, value]) => ({ areaCode: code, areaName: name, year: Number(year), measure, unit, value, sourceId: "fixture-release", confidence: "read", revisedFrom: null, revisedFromSource: null }) as LookedAfterValue);

const RATE_ENTRY = `kind: rate-per-10000
order: 1
topic: an imaginary rate
years: { from: 2020, to: 2024 }
title: "Testshire was {{first.relation}} Nationland's in {{first.year}} and {{latest.relation}} it {{latest.years}}"
subtitle: "Rates, {{from}}–{{to}}"
alt: "Line chart, {{from}} to {{to}}"
caption: "Rates, {{from}}–{{to}}"
axis: { label: Rate, unit: "per 10,000" }
measure: { counted: "children looked after per 10,000", when: at 31 March, short: rate }
markers:
  - { year: 2021, monthsAfter31March: 6, label: "Oct 2021: a plan", shortLabel: "Oct 2021" }
`;

describe("a chart kind built from a fixture, not the project's data", () => {
  const area = (name: string, byYear: Record<number, number>) => ({ name, values: values(`X${name}`, name, "looked_after_31_march", "rate_per_10000", byYear) });

  it("rate-per-10000: the title's claim is computed from the data handed to it", () => {
    const data = { areas: [area("Testshire", { 2020: 40, 2021: 50, 2022: 61, 2023: 62, 2024: 63 }), area("Nationland", { 2020: 45, 2021: 55, 2022: 60, 2023: 60, 2024: 60 }), area("Regionia", { 2020: 50, 2021: 50, 2022: 50, 2023: 50, 2024: 50 })] };
    const view = ratePer10000.build(input(ratePer10000.entry, RATE_ENTRY, data));
    expect(view.title).toBe("Testshire was below Nationland’s in 2020 and above it in every year from 2022");
    expect(view.subtitle).toBe("Rates, 2020–2024");
    expect(view.svg.wide).toContain("Oct 2021: a plan");
    expect(view.table.columns).toEqual(["Year", "Testshire", "Nationland", "Regionia"]);
    // The kind reads no data package: even the releases come from the catalogue it is handed.
    expect(view.csv.rows[0]).toContain("Release fixture-release");
    expect(view.sources.map((x) => x.id)).toEqual(["fixture-release"]);
  });

  it("rate-per-10000: a change in the data changes the claim, so it cannot be left false", () => {
    const data = { areas: [area("Testshire", { 2020: 50, 2021: 50, 2022: 59, 2023: 58, 2024: 57 }), area("Nationland", { 2020: 45, 2021: 45, 2022: 60, 2023: 60, 2024: 60 }), area("Regionia", { 2020: 50 })] };
    expect(ratePer10000.build(input(ratePer10000.entry, RATE_ENTRY, data)).title).toBe("Testshire was above Nationland’s in 2020 and below it in every year from 2022");
  });

  it("starts-and-ceased: binds how many of the compared years more started than ceased", () => {
    const yaml = `kind: starts-and-ceased
order: 1
topic: t
years: { from: 2019, to: 2022 }
title: "More started than ceased in {{more}} of the {{compared}} years to {{compared.to}}"
subtitle: s
alt: a
caption: c
axis: { label: Children, unit: children }
series: { started: Began, ceased: Ended }
`;
    const data = {
      area: "Testshire",
      started: values("X1", "Testshire", "started", "number", { 2019: 10, 2020: 12, 2021: 9, 2022: 14 }),
      ceased: values("X1", "Testshire", "ceased", "number", { 2019: 8, 2020: 13, 2021: 7 }),
    };
    const view = startsAndCeased.build(input(startsAndCeased.entry, yaml, data));
    expect(view.title).toBe("More started than ceased in two of the three years to 2021");
    expect(view.description).toContain("looked after by Testshire than ceased");
    expect(view.legend.map((l) => l.label)).toEqual(["Began", "Ended"]);
  });

  it("age-and-placement: binds the percentage changes, our calculation from the fixture", () => {
    const row = (category: AgePlacementValue["category"], year: number, value: number): AgePlacementValue => ({ areaCode: "X1", year, breakdown: category === "total" ? "all" : "age", category, value, sourceId: "fixture-release", confidence: "read" }) as AgePlacementValue;
    const yaml = `kind: age-and-placement
order: 1
topic: t
years: { from: 2011, to: 2013 }
band: aged_10_to_15
all: total
title: "Aged 10–15 {{band.moved}} from {{from}} to {{to}}, against {{all.change}}% for all ages"
subtitle: s
alt: a
caption: c
axis: { label: Children, unit: children }
series:
  - { category: total, name: All, label: All, shortLabel: All, column: All, prose: all children }
  - { category: aged_10_to_15, name: Band, label: Band, shortLabel: Band, column: Band, prose: children aged 10 to 15 }
`;
    const rows = [row("total", 2011, 200), row("total", 2012, 210), row("total", 2013, 190), row("aged_10_to_15", 2011, 80), row("aged_10_to_15", 2012, 90), row("aged_10_to_15", 2013, 100)];
    expect(ageAndPlacement.build(input(ageAndPlacement.entry, yaml, { area: "Testshire", rows })).title).toBe("Aged 10–15 rose by 25.0% from 2011 to 2013, against -5.0% for all ages");
  });
});

describe("binding a chart's words", () => {
  it("binds the site's figure keys as prose does, and the kind's own values", () => {
    const yaml = `kind: nation-looked-after
order: 1
topic: t
years: { from: 2010, to: 2013 }
compare: { from: 2010, to: 2013 }
claimed: test.claim
title: "Rose {{change}}% from {{start}} to {{end}}; the release said \\"{{test.claim}}\\""
subtitle: s
alt: a
caption: c
axis: { label: Children, unit: children }
measure: { counted: children looked after, when: at 31 March, short: number }
columns: { value: Children, release: Release }
finding: ["The release {{rounding}} {{test.claim}}."]
annotation: { wide: w, narrow: n }
`;
    const data = { name: "Nationland", values: values("X0", "Nationland", "looked_after_31_march", "number", { 2010: 1000, 2011: 1010, 2012: 1050, 2013: 1092 }), claimed: { value: 12, sourceId: "fixture-claim" } };
    const view = nationLookedAfter.build(input(nationLookedAfter.entry, yaml, data, { "test.claim": "12 per cent" }));
    // Typeset as bound: the entry's straight quotes are curly in the view.
    expect(view.title).toBe("Rose 9.2% from 2010 to 2013; the release said “12 per cent”");
    expect(view.description).toContain("The release rounded it up to 12 per cent.");
    // The project's own registry: the key the entry names reads as the reported figure's text.
    expect(figureText(figureRegistry(CONFIG.paths.content, CONFIG), "seed.england-rise")).toBe("10 per cent");
  });

  it("names file, line and field for a name the chart does not compute", () => {
    const text = "kind: x\ntitle: Rose {{change}}%\nnotes:\n  - In {{yeer}}\n";
    expect(() => bindText("In {{yeer}}", { year: 2018 }, { file: "content/charts/x.yaml", text }, "notes.0")).toThrow('content/charts/x.yaml:4: notes.0: unknown value "{{yeer}}" (this chart binds: year; or a figure key)');
    expect(bindEntry({ title: "Rose {{change}}%", n: 3 }, { change: "9.2" }, { file: "f" })).toEqual({ title: "Rose 9.2%", n: 3 });
  });
});

/** A content folder holding only the given chart entries (and ledger), as another site would. */
function site(entries: Record<string, string>, ledger?: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "charts"));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, "charts", name), text);
  if (ledger !== undefined) writeFileSync(join(dir, "published-charts.yaml"), ledger);
  return dir;
}

describe("content/charts/: the one list of a site's charts", () => {
  const real = (id: string) => readFileSync(join(CONFIG.paths.content, "charts", `${id}.yaml`), "utf8");

  it("a site builds the charts its content lists, and only those, in their order", () => {
    const dir = site({ "money.yaml": real("money").replace("order: 8", "order: 2"), "homes.yaml": real("homes-before-after") });
    expect(chartEntryProblems(dir, CONFIG)).toEqual([]);
    expect(loadChartEntries(dir).map((e) => [e.id, e.entry.kind])).toEqual([["homes", "homes-before-after"], ["money", "money"]]);
  });

  it("an unknown kind, an unknown bound name, a missing field and a shared order each name file, line and field", () => {
    const dir = site({
      "a.yaml": real("money").replace("kind: money", "kind: pie"),
      "b.yaml": real("money").replace(/^(title: .*)\{\{budget-increase-2018-19\.period\}\}/m, "$1{{budget-increase.period}}"),
      "c.yaml": real("comparators").replace(/^caption: .*\n/m, ""),
      "d.yaml": real("starts-and-ceased").replace("order: 4", "order: 6"),
      "e.yaml": real("comparators"),
    });
    const problems = chartEntryProblems(dir, CONFIG).map((p) => p.replace(/^.*\/charts\//, ""));
    expect(problems[0]).toMatch(/^a\.yaml:\d+: kind: unknown chart kind; the kinds are age-and-placement, bar, comparators, homes-before-after, line, money, /);
    const titleLine = real("money").split("\n").findIndex((l) => l.startsWith("title:")) + 1;
    expect(problems).toContain(`b.yaml:${titleLine}: title: unknown value "{{budget-increase.period}}" (this chart binds: ${problems.find((p) => p.startsWith("b.yaml"))!.split("(this chart binds: ")[1]}`);
    expect(problems.find((p) => p.startsWith("c.yaml"))).toMatch(/^c\.yaml:\d+: caption: /);
    expect(problems.find((p) => p.startsWith("e.yaml"))).toMatch(/^e\.yaml:\d+: order: 6 is also the order of d$/);
    expect(problems).toHaveLength(4);
  });

  it("stops the build before Astro: validateContent reports a bad chart entry", () => {
    const dir = tempDir();
    cpSync(CONFIG.paths.content, dir, { recursive: true });
    const config = { ...CONFIG, paths: { ...CONFIG.paths, content: dir, feedback: join(dir, "feedback.yaml") } };
    const known = new Map(sources(testSite).map((s) => [s.id, s]));
    expect(validateContent(known, config)).toEqual([]);
    writeFileSync(join(dir, "charts", "money.yaml"), real("money").replace("order: 8", "order: eight"));
    expect(validateContent(known, config).join("\n")).toMatch(/charts\/money\.yaml:\d+: order: /);
  });

  it("a chart that content names but the site does not have stops the build, naming file and line", () => {
    const dir = tempDir();
    cpSync(CONFIG.paths.content, dir, { recursive: true });
    const config = { ...CONFIG, paths: { ...CONFIG.paths, content: dir, feedback: join(dir, "feedback.yaml") } };
    const known = new Map(sources(testSite).map((s) => [s.id, s]));
    rmSync(join(dir, "charts", "money.yaml"));
    writeFileSync(join(dir, "published-charts.yaml"), readFileSync(join(dir, "published-charts.yaml"), "utf8").replace("money, ", ""));
    const errors = validateContent(known, config).map((e) => e.replace(/^.*?(pages|proposal|claims)/, "$1"));
    const directive = readFileSync(join(dir, "proposal", "5-money.md"), "utf8").split("\n").findIndex((l) => /^\[\[chart:money(\|[a-z]+)?\]\]$/.test(l)) + 1;
    expect(directive, "the money chart's directive in the proposal").toBeGreaterThan(0);
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^proposal/5-money\\.md:${directive}: chart: "money" is not a chart of this site \\(no .*charts/money\\.yaml\\)$`)));
    expect(errors.some((e) => /^claims\.yaml:\d+: chart: "money" is not a chart of this site/.test(e))).toBe(true);
  });

  it("a site with no ledger yet has published nothing; a bad ledger names file, line and field", () => {
    expect(loadLedger(site({ "money.yaml": real("money") }))).toMatchObject({ exists: false, published: [], redirects: [] });
    expect(() => loadLedger(site({}, "published: [money]\nredirects:\n  - { from: a }\n"))).toThrow(/published-charts\.yaml:3: redirects\.0\.to: /);
  });

  it("per site: each site keeps its published ids; a published id with no entry and no redirect fails", () => {
    const dir = site({ "money.yaml": real("money") }, "published: [money, homes-before-after]\n");
    const ledger = loadLedger(dir);
    const built = loadChartEntries(dir).map((e) => e.id);
    expect(stableIdProblems({ published: ledger.published, planned: [] }, ledger.redirects, built, ledger.file).join("\n")).toContain('"homes-before-after": published, but no chart has this id');
    const redirected = site({ "money.yaml": real("money") }, "published: [money, homes-before-after]\nredirects:\n  - { from: homes-before-after, to: money }\n");
    const l2 = loadLedger(redirected);
    expect(stableIdProblems({ published: l2.published, planned: [] }, l2.redirects, ["money"], l2.file)).toEqual([]);
  });
});
