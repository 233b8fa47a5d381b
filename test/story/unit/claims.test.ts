/**
 * content/claims.yaml covers every checkable claim in the two seed documents, and the
 * verdicts computed from the data hold. The schema's rules are checked in
 * test/unit/content/claims.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { claimDocuments, validateYamlText } from "../../../src/features/validate-yaml.ts";
import { claimsFileSchema } from "../../../src/schemas/claims-file.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";
import { claimPlanter } from "../../support/claim-planter.ts";
import { claimChecksFor } from "../../../src/lib/claims/checks.ts";
import { site } from "../../support/site.ts";


const FILE = "content/claims.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const known = new Map(sources(site).map((s) => [s.id, s]));
const documents = claimDocuments(join(ROOT, "content"));
const claims = parse(text) as { id: string; document: string; claim: string; verdict: string; confidence: string; sourceIds: string[] }[];

/**
 * Every checkable claim, read sentence by sentence from the two seed documents: the council's
 * news release of 11 October 2018 and the scrutiny board's minute 1065
 * (test/fixtures/seed-claims.yaml). Each phrase is the source's own words (figures left out),
 * and must stay in the claim's quoted text.
 */
interface SeedClaims {
  seeds: Record<"news-release" | "scrutiny-minute", string>;
  claims: { id: string; document: "news-release" | "scrutiny-minute"; phrase: string }[];
}
const seedFixture = parse(readFileSync(join(ROOT, "test/fixtures/seed-claims.yaml"), "utf8")) as SeedClaims;
const SEED_CLAIMS = seedFixture.claims;

const squash = (s: string) => s.replace(/\s+/g, " ").toLowerCase();

/** How many claims each seed document has, as the fixture counts them and as claims.yaml does. */
const perDocument = (list: readonly { document: string }[]) => list.reduce<Record<string, number>>((n, c) => ({ ...n, [c.document]: (n[c.document] ?? 0) + 1 }), {});

describe("content/claims.yaml covers every checkable claim in the seed documents", () => {
  it.each(SEED_CLAIMS)("$id ($document)", ({ id, document, phrase }) => {
    const c = claims.find((x) => x.id === id);
    expect(c, `${FILE}: no claim "${id}"`).toBeDefined();
    expect(c!.document).toBe(document);
    expect(squash(c!.claim)).toContain(squash(phrase));
  });

  it("each seed document has at least as many claims as the fixture lists, and no fixture id twice", () => {
    const want = perDocument(SEED_CLAIMS);
    const have = perDocument(claims);
    expect(want["news-release"]).toBeGreaterThanOrEqual(17);
    expect(want["scrutiny-minute"]).toBeGreaterThanOrEqual(47);
    for (const [doc, n] of Object.entries(want)) expect(have[doc] ?? 0, doc).toBeGreaterThanOrEqual(n);
    expect(new Set(SEED_CLAIMS.map((c) => c.id)).size).toBe(SEED_CLAIMS.length);
  });

  it("a claim dropped from claims.yaml is caught", () => {
    const dropped = claims.filter((c) => c.id !== "stop-new-children");
    expect(perDocument(dropped)["scrutiny-minute"]).toBeLessThan(perDocument(SEED_CLAIMS)["scrutiny-minute"]!);
    expect(SEED_CLAIMS.filter((s) => !dropped.some((c) => c.id === s.id)).map((s) => s.id)).toEqual(["stop-new-children"]);
  });

  const seedDir = resolve(ROOT, "..", "shared/reference/seeds");
  it.skipIf(!existsSync(seedDir))("every fixture phrase is in its seed document, verbatim", () => {
    for (const [doc, name] of Object.entries(seedFixture.seeds)) {
      const seed = squash(readFileSync(join(seedDir, name), "utf8"));
      for (const c of SEED_CLAIMS.filter((x) => x.document === doc)) expect(seed, `${c.id}: "${c.phrase}"`).toContain(squash(c.phrase));
    }
  });
});

describe("each piece of evidence carries its kind, and a verdict that the claim holds needs evidence independent of the claimant and the press", () => {
  const withChecks = claimsFileSchema(known, documents, claimChecksFor(site));
  const plantIn = claimPlanter(text);
  const index = (id: string) => claims.findIndex((c) => c.id === id);

  it("the file as it stands passes, with the checks that compute verdicts", () => {
    expect(validateYamlText(text, FILE, withChecks)).toEqual([]);
  });

  it("'high number' and 'too many for a county like Worcestershire' rest on one check, so they cannot part", () => {
    const high = claims.find((c) => c.id === "high-number") as unknown as { check: string; verdict: string };
    const many = claims.find((c) => c.id === "too-many-for-a-county-like-worcestershire") as unknown as { check: string; verdict: string };
    expect(high.check).toBe(many.check);
    expect(high.verdict).toBe(many.verdict);
    const { planted, line } = plantIn("high-number", /verdict: consistent/, "verdict: partly");
    expect(validateYamlText(planted, FILE, withChecks)).toEqual([`${FILE}:${line}: ${index("high-number")}.verdict: claim "high-number": check "high-for-its-kind-2018" computes "consistent" from the data, not "partly"; update the verdict and its reason`]);
  });
});
