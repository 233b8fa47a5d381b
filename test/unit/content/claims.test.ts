/**
 * The claims check covers every checkable claim in the two seed documents, and its verdicts
 * never go further than their evidence. A claim dropped from content/claims.yaml, a verdict
 * outside the scale, an unknown source or a supporting verdict on unverified evidence fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { claimDocuments, validateYamlText } from "../../../src/lib/content/validate-yaml.ts";
import { claimsFileSchema } from "../../../src/schemas/claims-file.ts";
import { SUPPORTING_VERDICTS, VERDICTS } from "../../../src/schemas/claim.ts";
import { verdictNames } from "../../../src/lib/content/claim-names.ts";
import { sources } from "../../../src/lib/data/index.ts";
import { ROOT } from "../../support/timeline.ts";

const FILE = "content/claims.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const known = new Map(sources().map((s) => [s.id, s]));
const documents = claimDocuments(join(ROOT, "content"));
const schema = claimsFileSchema(known, documents);
const claims = parse(text) as { id: string; document: string; claim: string; verdict: string; confidence: string; sourceIds: string[] }[];

/**
 * Every checkable claim, read line by line from the two seed documents: the council's news
 * release of 11 October 2018 and the scrutiny board's minute 1065. Each phrase is the
 * source's own words (figures left out), and must stay in the claim's quoted text.
 */
const SEED_CLAIMS: readonly { id: string; document: "news-release" | "scrutiny-minute"; phrase: string }[] = [
  { id: "six-to-two", document: "news-release", phrase: "cut from" },
  { id: "release-funds", document: "news-release", phrase: "release funds to help prevent" },
  { id: "looked-after-820", document: "news-release", phrase: "looked after children and young people" },
  { id: "increase-proactive", document: "news-release", phrase: "taking more proactive action to protect children from harm" },
  { id: "ofsted-inadequate", document: "news-release", phrase: "an inadequate Ofsted judgement at the beginning of last year" },
  { id: "four-disability-homes", document: "news-release", phrase: "homes that provide services to children with disabilities" },
  { id: "cabinet-18-october", document: "news-release", phrase: "a Cabinet meeting next Thursday" },
  { id: "national-increase", document: "news-release", phrase: "significant increase in the numbers of children in care" },
  { id: "england-rise-10", document: "news-release", phrase: "rose by" },
  { id: "outcomes-after-care", document: "news-release", phrase: "often perform less well at school" },
  { id: "duty-to-families", document: "news-release", phrase: "the upbringing of children by their parents" },
  { id: "essex-partner", document: "news-release", phrase: "is Worcestershire's improvement partner for children's social care" },
  { id: "essex-school-homelessness", document: "news-release", phrase: "reduces youth homelessness" },
  { id: "essex-7", document: "news-release", phrase: "decrease in the number of children entering care" },
  { id: "consultation-promised", document: "news-release", phrase: "there will be a consultation process with children, young people and families and stakeholders" },
  { id: "cabinet-decision", document: "scrutiny-minute", phrase: "decision in respect of Children at the Edge of Care and Children's Homes" },
  { id: "rise-coming-into-care", document: "scrutiny-minute", phrase: "both locally and nationally, there had been a rise in the number of children coming into the care system" },
  { id: "age-11-16", document: "scrutiny-minute", phrase: "in particular there had been a rise in the number of" },
  { id: "age-group-outcomes", document: "scrutiny-minute", phrase: "was more likely to have negative outcomes" },
  { id: "research-ofsted", document: "scrutiny-minute", phrase: "Research from Ofsted and other authorities" },
  { id: "short-breaks-challenged", document: "scrutiny-minute", phrase: "had been challenged on the use of residential care as a short break" },
  { id: "staff-quality-good", document: "scrutiny-minute", phrase: "The quality of care staff in children's homes was good" },
  { id: "residential-leave-soon", document: "scrutiny-minute", phrase: "leave anyway" },
  { id: "family-carers-growing", document: "scrutiny-minute", phrase: "a growing number of family carers" },
  { id: "before-2015-45", document: "scrutiny-minute", phrase: "of children in care were taken into care before" },
  { id: "ofsted-visit-published", document: "scrutiny-minute", phrase: "the outcome of the latest Ofsted monitoring visit would be published today" },
  { id: "long-stays", document: "scrutiny-minute", phrase: "it was difficult to move them out of care" },
  { id: "high-number", document: "scrutiny-minute", phrase: "seemed to have a high number of looked after children" },
  { id: "well-below-2014-15", document: "scrutiny-minute", phrase: "well below the national average number of children in care" },
  { id: "ofsted-2016-criticised", document: "scrutiny-minute", phrase: "had criticised the Council for its failure to protect children" },
  { id: "starts-fell-last-year", document: "scrutiny-minute", phrase: "the number of children coming into care had reduced" },
  { id: "starts-expected-to-fall", document: "scrutiny-minute", phrase: "it was expected that this would reduce again this year" },
  { id: "evidence-cited", document: "scrutiny-minute", phrase: "Dame Eileen Munroe's report" },
  { id: "too-many-for-a-county-like-worcestershire", document: "scrutiny-minute", phrase: "too many children in care for a county like Worcestershire" },
  { id: "it-can-work", document: "scrutiny-minute", phrase: "as evidenced in Essex and North Yorkshire" },
  { id: "troubled-families-funding", document: "scrutiny-minute", phrase: "would run out in two years" },
  { id: "care-leavers-homes", document: "scrutiny-minute", phrase: "Previously Cabinet had agreed" },
  { id: "buildings-not-owned", document: "scrutiny-minute", phrase: "not all of the buildings concerned were owned by the County Council" },
  { id: "budget-10-5m", document: "scrutiny-minute", phrase: "most of which had gone into this area" },
];

const squash = (s: string) => s.replace(/\s+/g, " ").toLowerCase();

describe("content/claims.yaml covers every checkable claim in the seed documents", () => {
  it.each(SEED_CLAIMS)("$id ($document)", ({ id, document, phrase }) => {
    const c = claims.find((x) => x.id === id);
    expect(c, `${FILE}: no claim "${id}"`).toBeDefined();
    expect(c!.document).toBe(document);
    expect(squash(c!.claim)).toContain(squash(phrase));
  });
});

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
    for (const v of VERDICTS) expect(page, v).toContain(`**${verdictNames[v]}**`);
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
