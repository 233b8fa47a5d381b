import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unqualifiedInferredDates } from "../../../src/lib/content/inferred-dates.ts";
import { inferredDatesCheck } from "../../../scripts/postbuild/inferred-dates-check.ts";
import { ROOT } from "../../support/timeline.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";

describe("unqualifiedInferredDates(text, dates)", () => {
  const dates = ["2018-10-25"];
  it("accepts the date followed by (inferred), across tags and calendar line folds", () => {
    expect(unqualifiedInferredDates('<h1>Board, <time datetime="2018-10-25">25 October 2018</time> (inferred)</h1>', dates)).toEqual([]);
    expect(unqualifiedInferredDates("DESCRIPTION:25 October 2018 (infer\r\n red). The Board met.", dates)).toEqual([]);
    expect(unqualifiedInferredDates("The meeting date 25 October 2018 is inferred from the deadline.", dates)).toEqual([]);
  });

  it("reports the date given as certain, in text and in attributes", () => {
    expect(unqualifiedInferredDates("<title>Board, 25 October 2018</title>", dates)).toHaveLength(1);
    expect(unqualifiedInferredDates('<a aria-label="The Board met. 25 October 2018. Meeting.">', dates)).toHaveLength(1);
  });
});

describe("inferredDatesCheck.run({ outDir, root })", () => {
  const site = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "inferred-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it("passes a site that qualifies the date everywhere", async () => {
    const outDir = site({ "a/index.html": "<p>25 October 2018 (inferred)</p>", "timeline.ics": "SUMMARY:x\r\nDESCRIPTION:25 October 2018 (inferred)." });
    await expect(inferredDatesCheck.run({ outDir, root: ROOT, config: loadSiteConfig(process.env) })).resolves.toBeUndefined();
  });

  it("stops the build naming each built file that gives the date as certain (a planted fault)", async () => {
    const outDir = site({ "a/index.html": "<p>ok</p>", "timeline.xml": "<title>25 October 2018: The Board met</title>", "oembed/x.json": '{"title":"Board, 25 October 2018"}' });
    await expect(inferredDatesCheck.run({ outDir, root: ROOT, config: loadSiteConfig(process.env) })).rejects.toThrow(/timeline\.xml: .*an inferred date must read "\(inferred\)"[\s\S]*oembed\/x\.json/);
  });
});
