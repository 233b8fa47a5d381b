import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { BUILD_MARKER } from "../../scripts/lib/output-folder.ts";
import { site } from "../support/site.ts";


// The datasets are whatever data/datapackage.json lists, so a new dataset is covered without editing this test.
const resources = (JSON.parse(readFileSync("data/datapackage.json", "utf8")) as { resources: { name: string; path: string }[] }).resources;

describe("/sources/ offers every dataset", () => {
  it("links each CSV and the schema, and each download is served", async () => {
    const base = inject("baseUrl");
    const html = await (await fetch(`${base}/sources/`)).text();
    const links = [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(links)).toEqual(new Set(["/data/datapackage.json", ...resources.map((r) => `/data/${r.path}`)]));
    for (const link of links) {
      const r = await fetch(base + link);
      expect(r.status, link).toBe(200);
      expect((await r.text()).length, link).toBeGreaterThan(100);
    }
  });

  // On a phone the page is cards, not a 26,000 px scroll: each dataset's fields are folded
  // (a <details>, no script needed), and every cell of both tables names its column, which
  // the cards show in place of the hidden header row.
  it("folds each dataset's fields, and every cell of its tables names its column", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/sources/`)).text();
    const { document } = parseHTML(html);
    for (const r of resources) {
      const section = document.querySelector(`#dataset-${r.name}`);
      expect(section, r.name).not.toBeNull();
      const table = section!.querySelector("table");
      expect(table?.closest("details"), `${r.name}: its fields are folded`).not.toBeNull();
    }
    const tables = Array.from(document.querySelectorAll("main table.card-table"));
    expect(tables.length).toBe(resources.length + 1);
    for (const table of tables) {
      const unlabelled = Array.from(table.querySelectorAll("tbody td")).filter((td) => !td.getAttribute("data-label"));
      expect(unlabelled.length, table.querySelector("caption")?.textContent ?? "").toBe(0);
    }
  });

  it("carries Dataset JSON-LD that parses", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/sources/`)).text();
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const ld = JSON.parse(json ?? "null") as { dataset: { "@type": string }[] };
    expect(ld.dataset.map((d) => d["@type"])).toEqual(resources.map(() => "Dataset"));
  });
});

describe("the built site publishes only what the data package lists", () => {
  it("dist/data/ holds datapackage.json and the CSVs it lists, nothing else (a stray CSV in data/ stays unpublished)", () => {
    const published = readdirSync(join(site.paths.out, "data")).sort();
    expect(published).toEqual(["datapackage.json", ...resources.map((r) => r.path)].sort());
  });

  it(`the output folder carries the build's marker (${BUILD_MARKER}), so the next build may replace it`, () => {
    expect(existsSync(join(site.paths.out, BUILD_MARKER))).toBe(true);
  });
});
