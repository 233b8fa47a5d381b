/** The whole of content/claims.yaml: a list of claims with unique ids, each in a known document. */
import { z } from "astro/zod";
import { claimSchema } from "./claim.ts";

export function claimsFileSchema(knownSourceIds: ReadonlySet<string>, documents: readonly string[]) {
  return z.array(claimSchema(knownSourceIds)).superRefine((claims, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of claims.entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `claim id "${c.id}" is used twice` });
      seen.add(c.id);
      if (!documents.includes(c.document))
        ctx.addIssue({ code: "custom", path: [i, "document"], message: `claim "${c.id}": unknown document "${c.document}" (the sections of content/pages/claims.md: ${documents.join(", ")})` });
    }
  });
}
