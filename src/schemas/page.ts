/** Frontmatter of a prose page in content/pages/. */
import { z } from "astro/zod";

export const pageSchema = z.object({
  /** The page's heading; may hold bound values ({{date:…}}). */
  title: z.string().min(1),
  /** One sentence for search results and the meta description, plain text. */
  description: z.string().min(1),
  /** Named groups for a page that lists entries in groups (the claims by document); markdown titles. */
  sections: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        title: z.string().min(1),
        /** The row in data/sources.csv of the document the section is about, if any. */
        sourceId: z.string().optional(),
        /**
         * Who made the document's claims, for the claims page's structured data, as the
         * document names them: a body ("Example County Council"). A claim may name a
         * person instead (content/claims.yaml, claimant).
         */
        claimant: z.string().min(1).optional(),
        /** When the document made them, as precisely as the record gives it: YYYY-MM-DD or YYYY-MM. */
        claimDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional(),
      }),
    )
    .default([]),
});
export type PageData = z.infer<typeof pageSchema>;
