/**
 * The claims schema keeps verdicts from going further than their evidence: a verdict outside
 * the scale, an unknown source or a supporting verdict on unverified evidence fails. That
 * content/claims.yaml covers the seed documents' claims is checked in
 * test/story/unit/claims.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { claimDocuments, validateYamlText } from "../../../src/features/validate-yaml.ts";
import { claimsFileSchema } from "../../../src/schemas/claims-file.ts";
import { SUPPORTING_VERDICTS, VERDICTS } from "../../../src/schemas/claim.ts";
import { verdictNames } from "../../../src/lib/content/claim-names.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";
import { claimPlanter } from "../../support/claim-planter.ts";
import { site } from "../../support/site.ts";


const FILE = "content/claims.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const known = new Map(sources(site).map((s) => [s.id, s]));
const documents = claimDocuments(join(ROOT, "content"));
const schema = claimsFileSchema(known, documents);
const claims = parse(text) as { id: string; document: string; claim: string; verdict: string; confidence: string; sourceIds: string[] }[];

describe("content/claims.yaml is valid", () => {
  it("has no errors: verdicts on the scale, known sources, unique ids, known documents", () => {
    expect(validateYamlText(text, FILE, schema)).toEqual([]);
  });

  it("every claim names at least one source that data/sources.csv holds", () => {
    for (const c of claims) {
      expect(c.sourceIds.length, c.id).toBeGreaterThan(0);
      for (const id of c.sourceIds) expect(known.has(id), `${c.id}: ${id}`).toBe(true);
    }
  });

  it("content/pages/claims.md explains every verdict on the scale, by the name the page shows", () => {
    const page = readFileSync(join(ROOT, "content/pages/claims.md"), "utf8");
    for (const v of VERDICTS) expect(page, v).toContain(`**${verdictNames(site)[v]}**`);
  });
});

describe("the claims schema stops a verdict stronger than its evidence, naming file, line and field", () => {
  const at = (id: string) => text.split("\n").findIndex((l) => l === `- id: ${id}`);
  /** The text with one line of claim `id` changed; returns the text and that line's number. */
  const plant = (id: string, from: RegExp, to: string) => {
    const lines = text.split("\n");
    const i = lines.findIndex((l, n) => n >= at(id) && from.test(l));
    if (at(id) < 0 || i < 0) throw new Error(`no line matching ${from} in claim "${id}"`);
    lines[i] = lines[i]!.replace(from, to);
    return { planted: lines.join("\n"), line: i + 1 };
  };

  it("a supporting verdict on unverified evidence", () => {
    const { planted, line } = plant("before-2015-45", /verdict: unverified/, "verdict: matches");
    const index = claims.findIndex((c) => c.id === "before-2015-45");
    expect(validateYamlText(planted, FILE, schema)).toEqual([
      `${FILE}:${line}: ${index}.verdict: claim "before-2015-45": verdict "matches" says the claim holds, but its evidence is unverified; use "unverified" or "not-checked"`,
    ]);
    for (const v of SUPPORTING_VERDICTS) expect(validateYamlText(planted.replace(/verdict: matches/, `verdict: ${v}`), FILE, schema)).toHaveLength(1);
  });

  it("an untested verdict that claims read evidence", () => {
    const { planted, line } = plant("essex-7", /confidence: unverified/, "confidence: read");
    expect(validateYamlText(planted, FILE, schema)).toEqual([expect.stringMatching(new RegExp(`^content/claims\\.yaml:${line}: \\d+\\.confidence: claim "essex-7": `))]);
  });

  it("a verdict outside the scale", () => {
    const { planted, line } = plant("england-rise-10", /verdict: rounded-up/, "verdict: rounded");
    expect(validateYamlText(planted, FILE, schema)).toEqual([expect.stringMatching(new RegExp(`^content/claims\\.yaml:${line}: \\d+\\.verdict: `))]);
  });

  it("an unknown source id, no source at all, a duplicate id and an unknown document", () => {
    const unknown = plant("essex-7", /sourceIds: \[wcc-news-2018-10-11, bbc-2018-10-11,/, "sourceIds: [wcc-news-2018-10-11, bbc-2018-10-12,");
    const index = claims.findIndex((c) => c.id === "essex-7");
    expect(validateYamlText(unknown.planted, FILE, schema)).toEqual([
      `${FILE}:${unknown.line}: ${index}.sourceIds.1: claim "essex-7": unknown source id "bbc-2018-10-12" (not in data/sources.csv)`,
    ]);
    const none = plant("essex-7", /sourceIds: \[.*\]/, "sourceIds: []");
    expect(validateYamlText(none.planted, FILE, schema)[0]).toMatch(new RegExp(`^content/claims\\.yaml:${none.line}: \\d+\\.sourceIds: `));
    const twice = plant("essex-partner", /^- id: essex-partner$/, "- id: essex-7");
    expect(validateYamlText(twice.planted, FILE, schema)).toContainEqual(expect.stringMatching(/\.id: claim id "essex-7" is used twice$/));
    const own = plant("essex-7", /sourceIds: \[wcc-news-2018-10-11, /, "sourceIds: [");
    expect(validateYamlText(own.planted, FILE, schema)).toEqual([expect.stringMatching(new RegExp(`^content/claims\\.yaml:${own.line}: \\d+\\.sourceIds: claim "essex-7": list the document's own source, "wcc-news-2018-10-11"$`))]);
    const doc = plant("essex-7", /document: news-release/, "document: press-release");
    expect(validateYamlText(doc.planted, FILE, schema)).toEqual([expect.stringMatching(new RegExp(`^content/claims\\.yaml:${doc.line}: \\d+\\.document: claim "essex-7": unknown document "press-release"`))]);
  });

  it("evidence graded read or calc that rests only on press reports", () => {
    const { planted, line } = plant("ofsted-inadequate", /confidence: press/, "confidence: read");
    expect(validateYamlText(planted, FILE, schema)).toEqual([
      expect.stringMatching(new RegExp(`^content/claims\\.yaml:${line}: \\d+\\.confidence: claim "ofsted-inadequate": confidence "read", but no source of its evidence is an official record or statistic \\(community-care-2017-01-24\\)`)),
    ]);
    expect(validateYamlText(planted.replace(/(- id: ofsted-inadequate\n(?:.*\n)*?  confidence: )read/, "$1calc"), FILE, schema)).toHaveLength(1);
  });
});

describe("each piece of evidence carries its kind, and a verdict that the claim holds needs evidence independent of the claimant and the press", () => {
  const plantIn = claimPlanter(text);
  const index = (id: string) => claims.findIndex((c) => c.id === id);

  it("refuses 'consistent' resting only on a second council paper repeating the aim (release-funds as it was)", () => {
    const a = plantIn("release-funds", /verdict: unverified/, "verdict: consistent");
    const b = plantIn("release-funds", /confidence: unverified/, "confidence: read");
    const planted = b.planted.split("\n").map((l, n) => (n === a.line - 1 ? l.replace("verdict: unverified", "verdict: consistent") : l)).join("\n");
    expect(validateYamlText(planted, FILE, schema)).toEqual([
      `${FILE}:${a.line}: ${index("release-funds")}.verdict: claim "release-funds": verdict "consistent" says the claim holds, but its evidence is only council-claim; a press report or the claimant's own words cannot support it: it needs evidence of kind statistics, inspection, minute, evaluation`,
      expect.stringMatching(new RegExp(`^${FILE}:${b.line}: ${index("release-funds")}\\.confidence: claim "release-funds": confidence "read", but its evidence is only council-claim`)),
    ]);
  });

  it("refuses 'matches the record' or 'partly supported' on trade press alone, and trade press given as a minute", () => {
    const { planted, line } = plantIn("ofsted-2016-criticised", /verdict: reported/, "verdict: partly");
    expect(validateYamlText(planted, FILE, schema)).toEqual([`${FILE}:${line}: ${index("ofsted-2016-criticised")}.verdict: claim "ofsted-2016-criticised": verdict "partly" says the claim holds, but its evidence is only trade-press; a press report or the claimant's own words cannot support it: it needs evidence of kind statistics, inspection, minute, evaluation`]);
    const minute = plantIn("essex-partner", /source: wcc-cabinet-2018-10-18, kind: minute/, "source: wcc-cabinet-2018-10-18, kind: council-claim");
    expect(validateYamlText(minute.planted, FILE, schema)[0]).toMatch(/\.verdict: claim "essex-partner": verdict "matches" says the claim holds, but its evidence is only council-claim and trade-press/);
    const disguised = plantIn("essex-partner", /kind: trade-press/, "kind: minute");
    expect(validateYamlText(disguised.planted, FILE, schema)).toEqual([`${FILE}:${disguised.line}: ${index("essex-partner")}.basis.1.kind: claim "essex-partner": "localgov-2017-09-20" is press in data/sources.csv, so it cannot be "minute" evidence (it can be press or trade-press)`]);
  });

  it("refuses a cited source with no kind, evidence not cited, and the claim's own document given as evidence", () => {
    const missing = plantIn("essex-partner", /^ {4}- \{ source: localgov-2017-09-20, kind: trade-press \}$/, "");
    expect(validateYamlText(missing.planted.replace(/\n\n(?= {2}basis|\s*- \{)/, "\n"), FILE, schema)).toContainEqual(expect.stringMatching(/claim "essex-partner": source "localgov-2017-09-20" is cited but not in basis/));
    const uncited = plantIn("essex-partner", /sourceIds: \[wcc-news-2018-10-11, wcc-cabinet-2018-10-18, localgov-2017-09-20\]/, "sourceIds: [wcc-news-2018-10-11, wcc-cabinet-2018-10-18]");
    expect(validateYamlText(uncited.planted, FILE, schema)).toEqual([expect.stringMatching(/\.basis\.1\.source: claim "essex-partner": evidence "localgov-2017-09-20" is not in its sourceIds$/)]);
    const own = plantIn("looked-after-820", /source: dfe-cla-2022, kind: statistics/, "source: wcc-news-2018-10-11, kind: council-claim");
    expect(validateYamlText(own.planted, FILE, schema)).toContainEqual(expect.stringMatching(/claim "looked-after-820": the claim's own document "wcc-news-2018-10-11" is not evidence for it/));
  });

  it("refuses 'reported' with no press report among the evidence", () => {
    const { planted, line } = plantIn("six-out-of-twelve", /verdict: conflicts/, "verdict: reported");
    expect(validateYamlText(planted, FILE, schema)).toEqual([]); // BBC News is press: allowed
    const noPress = plantIn("release-funds", /verdict: unverified/, "verdict: reported");
    expect(validateYamlText(noPress.planted, FILE, schema)).toEqual([`${FILE}:${noPress.line}: ${index("release-funds")}.verdict: claim "release-funds": verdict "reported" needs a press report among its evidence, and confidence "press"`]);
    expect(line).toBeGreaterThan(0);
  });
});
