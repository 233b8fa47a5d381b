/** The events of this site that only the press reports (the checks: test/unit/postbuild/press-attribution.test.ts). */
import { site as testSite } from "../../support/site.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sources } from "../../../src/lib/data/index.ts";
import { pressOnlyFacts } from "../../../src/lib/content/press-attribution.ts";
import { ROOT } from "../../support/timeline.ts";

const bySource = new Map(sources(testSite).map((s) => [s.id, s]));
const facts = pressOnlyFacts(join(ROOT, "content"), bySource);

describe("pressOnlyFacts(contentDir, sources)", () => {
  it("lists each event only the press reports, with the words that state it and its papers", () => {
    const byEvent = Object.fromEntries(facts.map((f) => [f.event, f]));
    expect(Object.keys(byEvent).sort()).toEqual(["2018-10-15-homes-named.yaml", "2018-10-18-cabinet-decision.yaml", "2024-10-services-in-house.yaml"]);
    expect(byEvent["2024-10-services-in-house.yaml"]).toMatchObject({ papers: ["Kidderminster Standard"] });
    expect(byEvent["2024-10-services-in-house.yaml"]!.statedAs).toContain("in-house");
    expect(byEvent["2018-10-18-cabinet-decision.yaml"]!.papers).toEqual(["Dudley News", "Bromsgrove Standard"]);
  });
});
