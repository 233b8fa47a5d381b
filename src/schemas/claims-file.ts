/**
 * The whole of content/claims.yaml: a list of claims with unique ids, each in one of the
 * documents content/pages/claims.md lists. Given the sources themselves (a map), it also
 * refuses evidence graded "read" or "calc" when every source of that evidence, apart from
 * the claim's own document, is a press report or the claimant's own words, and an evidence
 * kind that does not fit its source (a newspaper given as a minute).
 */
import { z } from "astro/zod";
import { claimSchema, EVIDENCE_KIND_FITS, INDEPENDENT_KINDS, type ClaimChecks } from "./claim.ts";
import type { KnownSource } from "./timeline.ts";

/** A document the claims come from: a section of content/pages/claims.md. */
export interface ClaimDocument {
  id: string;
  /** The document's own row in data/sources.csv. */
  sourceId?: string | undefined;
}

export function claimsFileSchema(knownSources: ReadonlySet<string> | ReadonlyMap<string, KnownSource>, documents: readonly ClaimDocument[], checks?: ClaimChecks) {
  const ids = new Set(knownSources.keys());
  const kindOf = (id: string) => (knownSources instanceof Map ? (knownSources as ReadonlyMap<string, KnownSource>).get(id)?.kind : undefined);
  return z.array(claimSchema(ids, checks)).superRefine((claims, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of claims.entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `claim id "${c.id}" is used twice` });
      seen.add(c.id);
      const doc = documents.find((d) => d.id === c.document);
      if (!doc) {
        ctx.addIssue({ code: "custom", path: [i, "document"], message: `claim "${c.id}": unknown document "${c.document}" (the sections of content/pages/claims.md: ${documents.map((d) => d.id).join(", ")})` });
        continue;
      }
      if (doc.sourceId && !c.sourceIds.includes(doc.sourceId))
        ctx.addIssue({ code: "custom", path: [i, "sourceIds"], message: `claim "${c.id}": list the document's own source, "${doc.sourceId}"` });
      for (const id of c.sourceIds) {
        if (id === doc.sourceId || !knownSources.has(id)) continue;
        if (!c.basis.some((b) => b.source === id))
          ctx.addIssue({ code: "custom", path: [i, "basis"], message: `claim "${c.id}": source "${id}" is cited but not in basis; give it a kind (${Object.values(EVIDENCE_KIND_FITS).flat().filter((k, n, a) => a.indexOf(k) === n).join(", ")})` });
      }
      for (const [n, b] of c.basis.entries()) {
        if (b.source === doc.sourceId) {
          ctx.addIssue({ code: "custom", path: [i, "basis", n, "source"], message: `claim "${c.id}": the claim's own document "${b.source}" is not evidence for it` });
          continue;
        }
        const csvKind = kindOf(b.source);
        const fits = csvKind === undefined ? undefined : EVIDENCE_KIND_FITS[csvKind];
        if (fits && !fits.includes(b.kind))
          ctx.addIssue({ code: "custom", path: [i, "basis", n, "kind"], message: `claim "${c.id}": "${b.source}" is ${csvKind} in data/sources.csv, so it cannot be "${b.kind}" evidence (it can be ${fits.join(" or ")})` });
      }
      const pressOnly = c.sourceIds.filter((id) => id !== doc.sourceId).every((id) => kindOf(id) === "press");
      if (!pressOnly && (c.confidence === "read" || c.confidence === "calc") && c.basis.length > 0 && !c.basis.some((b) => INDEPENDENT_KINDS.includes(b.kind)))
        ctx.addIssue({ code: "custom", path: [i, "confidence"], message: `claim "${c.id}": confidence "${c.confidence}", but its evidence is only ${[...new Set(c.basis.map((b) => b.kind))].join(" and ")}; use "press" or "unverified", or name the record` });
      if (knownSources instanceof Map && (c.confidence === "read" || c.confidence === "calc")) {
        const evidence = c.sourceIds.filter((id) => id !== doc.sourceId);
        if (evidence.every((id) => kindOf(id) === "press"))
          ctx.addIssue({
            code: "custom",
            path: [i, "confidence"],
            message: `claim "${c.id}": confidence "${c.confidence}", but no source of its evidence is an official record or statistic (${evidence.join(", ") || "none listed"}); use "press" or name the record`,
          });
      }
    }
  });
}
