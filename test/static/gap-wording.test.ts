/**
 * A year the data holds no value for is "not in this dataset" in every built output: never
 * "England has no figure for 2017" or "has no value", which would say DfE published none,
 * nor a conclusion ("is not known") that goes further than the gap.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../support/pages.ts";

const TEXT = /\.(html|xml|json|txt|ics|csv|svg)$/;
const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => TEXT.test(f) && !f.startsWith("pagefind"));
const WRONG = /\b(?:has|have) no (?:figure|value|rate) for (?:19|20)\d\d|no England rate for|moved above [A-Z][a-z]+ is not known/g;

describe("how built outputs speak of a year missing from the data", () => {
  it("never says a series has no figure for a year", () => {
    const found = files.flatMap((f) => [...readFileSync(join(DIST, f), "utf8").matchAll(WRONG)].map((m) => `${f}: "${m[0]}"`));
    expect(found).toEqual([]);
  });
});
