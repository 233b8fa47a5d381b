/** One entry of the corrections log, content/corrections.yaml. */
import { z } from "astro/zod";
import { isoDaySchema } from "./formats.ts";

export const correctionSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** When the correction was made, YYYY-MM-DD. */
  date: isoDaySchema,
  /** The page corrected. */
  page: z.string().startsWith("/"),
  /** What was wrong and what it now says; markdown. */
  text: z.string().min(1),
});
export type Correction = z.infer<typeof correctionSchema>;
