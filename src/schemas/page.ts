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
      }),
    )
    .default([]),
});
export type PageData = z.infer<typeof pageSchema>;
