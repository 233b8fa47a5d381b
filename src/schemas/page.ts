/** Frontmatter of a prose page in content/pages/. */
import { z } from "astro/zod";
import { isoDayOrMonthSchema } from "./formats.ts";

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
        claimDate: isoDayOrMonthSchema.optional(),
      }),
    )
    .default([]),
  /**
   * The page's opening, placed under its heading (src/components/Lead.astro): a date line,
   * two or three main points and the key chart, so a reader on a phone sees the finding
   * and its chart on the first screen. Markdown; every number bound as in prose.
   */
  lead: z
    .object({
      /** The period the page reports, for the date line ("{{date:2018-10}}"). */
      period: z.string().min(1),
      /** The main points: two or three short sentences in the past tense. */
      points: z.array(z.string().min(1)).min(2).max(3),
      /** The key chart's id (content/charts/); it must not also be placed in the body. */
      chart: z.string().regex(/^[a-z][a-z0-9-]*$/),
      /** Told in full on another story page: show the drawing, fold the rest (as `[[chart:id|brief]]`). */
      brief: z.boolean().default(false),
      /**
       * The key chart before the main points: a landing page opens on its chart, with the
       * points under it; a story page opens on its points.
       */
      chartFirst: z.boolean().default(false),
    })
    .strict()
    .optional(),
});
export type PageData = z.infer<typeof pageSchema>;
