import { describe, expect, inject, it } from "vitest";

describe("/sources/ offers every dataset", () => {
  it("links each CSV and the schema, and each download is served", async () => {
    const base = inject("baseUrl");
    const html = await (await fetch(`${base}/sources/`)).text();
    const links = [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(links)).toEqual(new Set(["/data/datapackage.json", "/data/sources.csv", "/data/looked-after.csv", "/data/age-placement.csv", "/data/money.csv", "/data/statistical-neighbours.csv"]));
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
    expect(ld.dataset.map((d) => d["@type"])).toEqual(["Dataset", "Dataset", "Dataset", "Dataset", "Dataset"]);
  });
});
