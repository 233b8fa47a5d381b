/** One checkable claim in the seed documents, checked against the record, content/claims.yaml. */
import { z } from "astro/zod";

/**
 * How the claim stands against the evidence, from strongest support to none. Each verdict's
 * name and meaning for readers are in src/lib/content/trackers.ts and content/pages/claims.md.
 */
export const VERDICTS = ["matches", "rounded-up", "consistent", "partly", "reported", "not-supported", "conflicts", "unverified", "not-checked"] as const;
export const verdict = z.enum(VERDICTS);
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that say the claim holds; evidence nobody could verify can never give one. */
export const SUPPORTING_VERDICTS: readonly Verdict[] = ["matches", "rounded-up", "consistent"];

/**
 * Verdicts that say the claim holds, in whole or in part: each needs at least one piece of
 * evidence independent of the claimant and not press (INDEPENDENT_KINDS). A claim only the
 * press bears out is "reported".
 */
export const HOLDING_VERDICTS: readonly Verdict[] = [...SUPPORTING_VERDICTS, "partly"];

/** Verdicts that say the claim could not be tested; they rest on no verified evidence. */
export const UNTESTED_VERDICTS: readonly Verdict[] = ["unverified", "not-checked"];

/** How sure the evidence is, as FACTS.md grades it: the weakest grade the verdict rests on. */
export const CONFIDENCES = ["read", "calc", "press", "inferred", "unverified"] as const;
export type EvidenceConfidence = (typeof CONFIDENCES)[number];

/**
 * What a piece of evidence is, so a verdict can be weighed by what it rests on. Each kind
 * fits only some kinds of source in data/sources.csv (EVIDENCE_KIND_FITS): a newspaper can
 * never be "minute", a council news release never "statistics".
 *
 * - statistics: official statistics (DfE), counted independently of the claim.
 * - inspection: an Ofsted judgement or finding, as recorded; a finding about one council,
 *   not research.
 * - minute: an official record of what a meeting heard, decided or budgeted.
 * - evaluation: a published evaluation or study.
 * - council-claim: a council's own words repeating or restating the claim or aim (its news
 *   release, or a second council paper saying the same thing): not evidence for it.
 * - press: a newspaper or broadcaster's report.
 * - trade-press: a trade or professional magazine or website: press, not an official record.
 */
export const EVIDENCE_KINDS = ["statistics", "inspection", "minute", "evaluation", "council-claim", "press", "trade-press"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence that can carry a verdict saying the claim holds: independent of the claimant and not press. */
export const INDEPENDENT_KINDS: readonly EvidenceKind[] = ["statistics", "inspection", "minute", "evaluation"];

/** "Matches the record" needs a record: official statistics, an inspection or a minute. */
export const RECORD_KINDS: readonly EvidenceKind[] = ["statistics", "inspection", "minute"];

/** Which evidence kinds a source of each data/sources.csv kind may be given. */
export const EVIDENCE_KIND_FITS: Readonly<Record<string, readonly EvidenceKind[]>> = {
  "official statistics": ["statistics", "inspection"],
  "official record": ["minute", "evaluation", "inspection", "council-claim"],
  "news release": ["council-claim"],
  press: ["press", "trade-press"],
};

/** One piece of evidence: a source (an id in data/sources.csv) and what kind of evidence it is. */
export const evidenceItem = z.object({ source: z.string().min(1), kind: z.enum(EVIDENCE_KINDS) }).strict();

/** Checks that compute a claim's verdict from the data, by id (src/lib/claims/checks.ts). */
export type ClaimChecks = Readonly<Record<string, () => Verdict>>;

/**
 * The claim schema. With `knownSourceIds` (the ids of data/sources.csv) a misspelt source id
 * is an error on its field, so the build names the file, line and field. With `checks`, a
 * claim that names a check must carry the verdict the check computes from the data: if the
 * figures change, the build stops until the verdict (and its reason) are brought up to date.
 */
export function claimSchema(knownSourceIds?: ReadonlySet<string>, checks?: ClaimChecks) {
  return z
    .object({
      /** Stable id; the anchor on /claims/ (other pages link to it). */
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      /** Which document made the claim: a section id of content/pages/claims.md. */
      document: z.string().regex(/^[a-z][a-z0-9-]*$/),
      /** The claim in short quoted phrases from the source, figures bound; markdown. */
      claim: z.string().min(1),
      /** Who made it, worded as the source words it ("Members were informed"); markdown. */
      claimedBy: z.string().min(1),
      /** Where, with a link to the record; markdown. */
      claimedIn: z.string().min(1),
      verdict,
      /** A check in src/lib/claims/checks.ts that computes the verdict from the data, if any. */
      check: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
      /** One or two sentences saying why; markdown. */
      reason: z.string().min(1),
      /** The evidence the claim is checked against, or what is missing; markdown. */
      evidence: z.string().min(1),
      /** How sure that evidence is. */
      confidence: z.enum(CONFIDENCES),
      /** Ids in data/sources.csv: the claim's own document first, then the evidence. */
      sourceIds: z.array(z.string().min(1)).min(1),
      /**
       * The evidence, each source with its kind: every source of sourceIds except the claim's
       * own document, and no other. Empty when nothing but the claim's own document is cited.
       */
      basis: z.array(evidenceItem).default([]),
      /** A chart that shows the data, by chart id, if any. */
      chart: z.string().optional(),
      /**
       * A person the document names as making the claim, for the page's structured data;
       * without it, the claimant is the document's body (content/pages/claims.md, claimant).
       */
      claimant: z.object({ name: z.string().min(1), jobTitle: z.string().min(1).optional() }).strict().optional(),
    })
    .superRefine((c, ctx) => {
      if (knownSourceIds) {
        for (const [i, id] of c.sourceIds.entries()) {
          if (!knownSourceIds.has(id)) ctx.addIssue({ code: "custom", path: ["sourceIds", i], message: `claim "${c.id}": unknown source id "${id}" (not in data/sources.csv)` });
        }
      }
      if (c.check !== undefined && checks) {
        const check = checks[c.check];
        if (!check) ctx.addIssue({ code: "custom", path: ["check"], message: `claim "${c.id}": unknown check "${c.check}" (the checks: ${Object.keys(checks).join(", ")})` });
        else {
          const computed = check();
          if (computed !== c.verdict) ctx.addIssue({ code: "custom", path: ["verdict"], message: `claim "${c.id}": check "${c.check}" computes "${computed}" from the data, not "${c.verdict}"; update the verdict and its reason` });
        }
      }
      if (c.confidence === "unverified" && HOLDING_VERDICTS.includes(c.verdict)) {
        ctx.addIssue({
          code: "custom",
          path: ["verdict"],
          message: `claim "${c.id}": verdict "${c.verdict}" says the claim holds, but its evidence is unverified; use ${UNTESTED_VERDICTS.map((v) => `"${v}"`).join(" or ")}`,
        });
      }
      const kinds = c.basis.map((b) => b.kind);
      if (c.confidence === "unverified") {
        // reported above, or an untested verdict
      } else if (HOLDING_VERDICTS.includes(c.verdict) && !kinds.some((k) => INDEPENDENT_KINDS.includes(k))) {
        ctx.addIssue({
          code: "custom",
          path: ["verdict"],
          message: `claim "${c.id}": verdict "${c.verdict}" says the claim holds, but its evidence is only ${kinds.length ? [...new Set(kinds)].join(" and ") : "the claim's own document"}; a press report or the claimant's own words cannot support it: it needs evidence of kind ${INDEPENDENT_KINDS.join(", ")}`,
        });
      } else if (c.verdict === "matches" && !kinds.some((k) => RECORD_KINDS.includes(k))) {
        ctx.addIssue({ code: "custom", path: ["verdict"], message: `claim "${c.id}": verdict "matches" says a record gives the same fact, but no evidence is of kind ${RECORD_KINDS.join(", ")}` });
      }
      // A claim only the press bears out: press evidence, graded no higher than the press
      // (claims-file.ts refuses "read" or "calc" on press alone).
      if (c.verdict === "reported" && (!kinds.some((k) => k === "press" || k === "trade-press") || c.confidence === "unverified"))
        ctx.addIssue({ code: "custom", path: ["verdict"], message: `claim "${c.id}": verdict "reported" needs a press report among its evidence, and confidence "press"` });
      // An unknown source id is reported above; the basis is checked against known ones only.
      const unknownSource = knownSourceIds !== undefined && c.sourceIds.some((id) => !knownSourceIds.has(id));
      c.basis.forEach((b, i) => {
        if (!unknownSource && !c.sourceIds.includes(b.source)) ctx.addIssue({ code: "custom", path: ["basis", i, "source"], message: `claim "${c.id}": evidence "${b.source}" is not in its sourceIds` });
      });
      if (UNTESTED_VERDICTS.includes(c.verdict) && c.confidence !== "unverified") {
        ctx.addIssue({ code: "custom", path: ["confidence"], message: `claim "${c.id}": a claim with verdict "${c.verdict}" was not tested against evidence; its confidence is "unverified"` });
      }
    });
}
export type Claim = z.infer<ReturnType<typeof claimSchema>>;
