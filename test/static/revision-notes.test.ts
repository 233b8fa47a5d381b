/**
 * Revised values in the built site, derived from the data: every revised value a chart's
 * CSV shows has its note in the built chart table, and every prose figure bound to a
 * revised value carries a title and a visible marker with the same words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { DIST, builtDoc, builtPages } from "../support/pages.ts";
import { councilLookedAfter, lookedAfter } from "../../src/lib/data/index.ts";
import { firstPublishedText, revisionOf, revisionText } from "../../src/lib/data/revisions.ts";
import { formatNumber } from "../../src/format/number.ts";
import { ui } from "../../src/lib/content/ui.ts";
import { createFigureRegistry } from "../../src/lib/figures/registry.ts";
import { site } from "../support/site.ts";


const read = (path: string) => readFileSync(join(DIST, path), "utf8");
const key = (a: unknown, y: unknown, m: unknown, u: unknown) => `${a}|${y}|${m}|${u}`;
// Every council's values too, where a chart shows them (the council comparison).
const revised = new Map([...councilLookedAfter(site), ...lookedAfter(site)].filter((v) => v.revisedFrom !== null && typeof v.value === "number").map((v) => [key(v.areaCode, v.year, v.measure, v.unit), v]));
const chartIds = builtPages()
  .map((p) => /^\/charts\/([^/]+)\/$/.exec(p)?.[1])
  .filter((id): id is string => id !== undefined);

describe("revised values in built chart tables and CSVs", () => {
  it("finds the chart pages", () => expect(chartIds.length).toBeGreaterThanOrEqual(7));

  it.each(chartIds)("%s", (id) => {
    const csv = Papa.parse<Record<string, string>>(read(`charts/${id}.csv`), { header: true, skipEmptyLines: true }).data;
    const document = builtDoc(`/charts/${id}/`);
    const notes = [...document.querySelectorAll(".chart-data .revision-notes li")].map((li) => li.textContent!.replace(/\s*Back to the table\s*$/, "").trim());
    // A chart's CSV may hold more than its table shows (every council's number, say); a note
    // is owed for each revised value the table shows: a cell with that value in that year's row or column.
    const table = document.querySelector(".chart-data table")!;
    const columns = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
    // A table of one area (England's numbers, say) names no area in its headers.
    const headers = [...table.querySelectorAll("th")].map((th) => th.textContent!).join(" | ");
    const namesAreas = csv.some((r) => r.area_name && headers.includes(r.area_name));
    const shown = (value: number, year: number, area: string) =>
      [...table.querySelectorAll("tbody tr")].some((tr) => {
        const row = tr.querySelector("th")?.textContent ?? "";
        return [...tr.querySelectorAll("td")].some((td, i) => {
          const labels = `${row} | ${columns[i + 1] ?? ""}`;
          return td.textContent!.trim().startsWith(formatNumber(value)) && labels.includes(String(year)) && (!namesAreas || labels.includes(area));
        });
      });
    let count = 0;
    for (const r of csv) {
      const v = r.area_code ? revised.get(key(r.area_code, r.year, r.measure, r.unit)) : undefined;
      if (!v) continue;
      expect([r.revised_from, r.revised_from_release]).toEqual([String(v.revisedFrom), revisionOf(v, site)!.release]);
      if (!shown(v.value as number, v.year, v.areaName)) continue;
      count++;
      const text = revisionText(formatNumber(v.value as number), revisionOf(v, site)!, ui(site).charts);
      // Tables with a row per year name the year first; tables with a row per area, the area.
      const placed = (n: string) => n.startsWith(`${v.year}, `) || n.startsWith(`${v.areaName}, ${v.year}: `);
      expect(notes.filter((n) => placed(n) && n.endsWith(`${text}.`)), `${id}: ${v.areaName} ${v.year}`).toHaveLength(1);
    }
    expect(notes).toHaveLength(count);
    // Each marker links to its note, and each note back to its marker.
    for (const li of document.querySelectorAll(".revision-notes li")) {
      const marker = document.querySelector(`a[href="#${li.id}"]`);
      expect(marker?.closest("td"), li.id).not.toBeNull();
      expect(li.querySelector(`a[href="#${marker!.id}"]`), li.id).not.toBeNull();
    }
  });
});

describe("revised values bound in prose", () => {
  it("every prose figure bound to a revised value has the note as its title and a visible marker", () => {
    const figures = createFigureRegistry(site);
    const all = figures.keys().map((k) => figures.get(k)!).filter((f) => f.parts.length === 1);
    let seen = 0;
    for (const page of builtPages()) {
      const document = builtDoc(page);
      for (const a of document.querySelectorAll("main a.figure")) {
        const data = a.querySelector("data")!;
        const href = a.getAttribute("href")!;
        // The page names a figure by its source and value; where two figures share both,
        // one revised and one not, either rendering is right, so only the words are checked.
        const candidates = all.filter((x) => href.endsWith(`#${x.sourceIds[0]}`) && x.parts[0]!.value === Number(data.getAttribute("value")));
        const withRevision = candidates.filter((x) => x.revision);
        const title = data.getAttribute("title");
        if (withRevision.length === 0) {
          expect(title, `${page}: ${a.outerHTML}`).toBeNull();
          continue;
        }
        if (withRevision.length === candidates.length) expect(title, `${page}: ${a.outerHTML}`).not.toBeNull();
        if (title === null) continue;
        seen++;
        const f = withRevision.find((x) => revisionText(x.parts[0]!.text, x.revision!, ui(site).charts) === title);
        expect(f, `${page}: title "${title}"`).toBeDefined();
        const marker = a.nextElementSibling;
        expect(marker?.className, page).toBe("figure-revised");
        expect(marker?.querySelector("a")?.getAttribute("aria-label")).toBe(`revised: ${firstPublishedText(f!.revision!, ui(site).charts)}`);
      }
    }
    expect(seen, "pages bind some revised values").toBeGreaterThan(0);
  });
});
