import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { siteConfig } from "../../src/lib/site/config.ts";
import { BUILD_MARKER } from "../../scripts/lib/output-folder.ts";

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

  it("carries Dataset JSON-LD that parses", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/sources/`)).text();
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const ld = JSON.parse(json ?? "null") as { dataset: { "@type": string }[] };
    expect(ld.dataset.map((d) => d["@type"])).toEqual(resources.map(() => "Dataset"));
  });
});

describe("the built site publishes only what the data package lists", () => {
  it("dist/data/ holds datapackage.json and the CSVs it lists, nothing else (a stray CSV in data/ stays unpublished)", () => {
    const published = readdirSync(join(siteConfig().paths.out, "data")).sort();
    expect(published).toEqual(["datapackage.json", ...resources.map((r) => r.path)].sort());
  });

  it(`the output folder carries the build's marker (${BUILD_MARKER}), so the next build may replace it`, () => {
    expect(existsSync(join(siteConfig().paths.out, BUILD_MARKER))).toBe(true);
  });
});
