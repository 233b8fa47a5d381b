/**
 * Every council's page, /compare/<code>/, read from dist/ without a browser: one per
 * distinct council in data/looked-after-councils.csv (worked out here from the file's
 * rows, not from the code under test), its chart drawn with that council in focus and no
 * JavaScript, its rank counted among the distinct councils with a published rate, its
 * share card named in og:image, and its neighbours listed or said to be missing.
 */
import { areaNameInProse } from "../../src/format/area-name.ts";
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import Papa from "papaparse";
import { parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";

const root = join(import.meta.dirname, "..", "..");
const rows = Papa.parse<Record<string, string>>(readFileSync(join(root, "data/looked-after-councils.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const changes = Papa.parse<Record<string, string>>(readFileSync(join(root, "data/area-changes.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const neighbourRows = Papa.parse<Record<string, string>>(readFileSync(join(root, "data/statistical-neighbours.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
/** A code DfE uses for the same area as another counts as that one. */
const alias = new Map(changes.filter((c) => c.treatment === "same-area" && c.project_code !== c.area_code).map((c) => [c.area_code!, c.project_code!]));
const key = (code: string) => alias.get(code) ?? code;
const rates = rows.filter((r) => r.measure === "looked_after_31_march" && r.unit === "rate_per_10000");
const councils = new Map<string, string>();
for (const r of rates) if (key(r.area_code!) === r.area_code) councils.set(r.area_code!, r.area_name!);
const published = (r: Record<string, string>) => /^\d+(\.\d+)?$/.test(r.value ?? "");
/** Distinct councils with a published rate in `year`. */
const distinctIn = (year: string) => new Set(rates.filter((r) => r.year === year && published(r)).map((r) => key(r.area_code!))).size;
/** Whether another distinct council had the same published rate as `code` in `year`: its rank is shared. */
const tiedIn = (code: string, year: string) => {
  const own = rates.find((r) => r.area_code === code && r.year === year && published(r));
  return !!own && rates.some((r) => r.year === year && published(r) && key(r.area_code!) !== key(code) && Number(r.value) === Number(own.value));
};

const html = (code: string) => readFileSync(join(DIST, "compare", code, "index.html"), "utf8");
/** The page without its SVGs, parsed (linkedom is slow on a tick for every council). */
const doc = (page: string) => parseHTML(page.replace(/(<svg\b[^>]*>)[\s\S]*?<\/svg>/g, "$1</svg>")).document;
const svgs = (page: string) => [...page.matchAll(/<svg\b[^>]*class="[^"]*chart-svg--(wide|narrow)[^"]*"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => ({ layout: m[1]!, svg: m[0] }));

describe("a page for every council", () => {
  it("covers every distinct council in the data, and the list links each one", () => {
    expect(councils.size).toBeGreaterThan(100);
    const list = doc(readFileSync(join(DIST, "compare", "index.html"), "utf8"));
    const links = [...list.querySelectorAll("main a[href^='/compare/']")].map((a) => a.getAttribute("href"));
    expect(new Set(links)).toEqual(new Set([...councils.keys()].map((c) => `/compare/${c}/`)));
  });

  it.each([...councils])("%s (%s): the council in focus without JavaScript, its rank among distinct councils, its own card", (code, name) => {
    const page = html(code);
    const d = doc(page);
    // Sentences name the council as prose does ("City of Bristol"); the drawing's series keeps DfE's name.
    const said = areaNameInProse(name);
    expect(d.querySelector("h1")!.textContent).toContain(said);
    expect(d.querySelector("title")!.textContent).toContain(said);
    const own = rates.filter((r) => r.area_code === code && published(r));
    for (const { layout, svg } of svgs(page)) {
      // Its values drawn as the focus line's dots (each with its value in a tooltip), and none of its ticks left among every council's.
      const dots = [...svg.matchAll(new RegExp(`<circle data-area="${code}" data-tip="([^"]*)"`, "g"))].map((m) => m[1]!);
      expect(dots, `${code} ${layout}`).toHaveLength(own.length);
      expect(svg).not.toMatch(new RegExp(`<line[^>]*data-area="${code}"`));
      expect(svg).toContain(`data-series="${name}"`);
      expect(svg).toMatch(new RegExp(`aria-label="[^"]*${said.replace(/[()]/g, "\\$&")}`));
    }
    expect(svgs(page).map((s) => s.layout)).toEqual(["wide", "narrow"]);
    // The rank row: "Nth of M" ("joint Nth of M" where another council had the same rate), M the distinct councils with a published rate that year.
    const table = d.querySelector("figure.chart table")!;
    const years = [...table.querySelectorAll("thead th")].slice(1).map((th) => th.textContent!.trim());
    const rankRow = [...table.querySelectorAll("tbody tr")].at(-1)!;
    [...rankRow.querySelectorAll("td")].forEach((td, i) => {
      const m = /^(joint )?(\d+)(st|nd|rd|th) of (\d+)$/.exec(td.textContent!.trim());
      const hasValue = own.some((r) => r.year === years[i]);
      expect(m !== null, `${code} ${years[i]}: "${td.textContent}"`).toBe(hasValue);
      if (m) expect(Number(m[4]), `${code} ${years[i]}`).toBe(distinctIn(years[i]!));
      if (m) expect(m[1] !== undefined, `${code} ${years[i]}: "joint" where the rank is shared`).toBe(tiedIn(code, years[i]!));
    });
    // The share card: its own file, named in og:image, with a title that names the council.
    const og = d.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    expect(new URL(og).pathname).toBe(`/compare/${code}.card.png`);
    expect(d.querySelector('meta[property="og:title"]')!.getAttribute("content")).toContain(said);
    const card = readFileSync(join(DIST, "compare", `${code}.card.png`));
    expect([...card.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    // Neighbours: listed where the data has them, else said plainly to be missing.
    const listed = neighbourRows.filter((n) => n.neighbour_of === code);
    const section = d.querySelector("section[aria-labelledby=neighbours]")!;
    if (listed.length > 0) expect([...section.querySelectorAll("li a")].map((a) => a.textContent)).toEqual(listed.map((n) => n.area_name));
    else expect(section.textContent).toMatch(/not in this site[’']s data/);
    // The table's caption names the neighbours only where the chart draws some.
    const caption = d.querySelector("figure table caption, table caption")!.textContent!;
    expect(caption.includes("neighbours"), caption).toBe(listed.length > 0);
  });

  it("Kent's page shows Kent in focus with JavaScript off, and its share card is its own", () => {
    const page = html("E10000016");
    expect(doc(page).querySelector("h1")!.textContent).toMatch(/\bKent\b/);
    expect(svgs(page)[0]!.svg).toMatch(/<g data-series="Kent"[^>]*class="chart-points"><circle data-area="E10000016" data-tip="Kent, 2018: /);
    const hash = (code: string) => createHash("sha256").update(readFileSync(join(DIST, "compare", `${code}.card.png`))).digest("hex");
    expect(hash("E10000016")).not.toBe(hash([...councils.keys()].find((c) => c !== "E10000016")!));
  });

  it("the site's chart links the list of council pages", () => {
    expect(existsSync(join(DIST, "compare", "index.html"))).toBe(true);
    expect(doc(readFileSync(join(DIST, "charts", "similar-councils", "index.html"), "utf8")).querySelector("main a[href='/compare/']")).not.toBeNull();
  });
});
