/** One dated event for "where things stand", content/milestones.yaml. */
import { z } from "astro/zod";

export const milestoneSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** YYYY-MM-DD, or YYYY-MM where the day is not known. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** What happened, plain words, no numerals. */
  text: z.string().min(1),
  /** Id in data/sources.csv. */
  sourceId: z.string(),
});
export type Milestone = z.infer<typeof milestoneSchema>;
