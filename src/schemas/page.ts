/** Frontmatter of a prose page in content/pages/. */
import { z } from "astro/zod";

export const pageSchema = z.object({
  /** The page's heading; may hold bound values ({{date:…}}). */
  title: z.string().min(1),
  /** One sentence for search results and the meta description, plain text. */
  description: z.string().min(1),
});
export type PageData = z.infer<typeof pageSchema>;
