/** Frontmatter of one section of the proposal page, content/proposal/<name>.md. */
import { z } from "astro/zod";

export const proposalSectionSchema = z.object({
  /** Stable id; the section renders as <section id="proposal-<id>"> and is linked to. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens"),
  /** Position on the page, ascending. */
  order: z.number().int(),
  /** The section heading. */
  title: z.string().min(1),
});
export type ProposalSection = z.infer<typeof proposalSectionSchema>;
