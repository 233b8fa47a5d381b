/**
 * The schema of the feedback config (content/feedback.yaml): where and when readers can
 * respond to a consultation. Anything not in published sources is null, and the site
 * says so rather than guessing.
 */
import { z } from "astro/zod";
import { recordLinkSchema } from "./timeline.ts";
import { isoDaySchema as isoDay } from "./formats.ts";
import { webUrl, httpsUrl } from "./web-url.ts";


/** One way to respond other than the form. */
export const otherWaySchema = z.object({
  /** A short name, e.g. "Speak at the Cabinet meeting". */
  label: z.string().min(1),
  /** What it involves, in the project's own words. */
  detail: z.string().min(1),
  /** Where to read more (an official record), if anywhere. */
  url: webUrl().nullable().default(null),
});

/** The feedback config for one consultation. */
export const feedbackConfigSchema = z
  .object({
    /** The consultation's name, as readers would know it. */
    name: z.string().min(1),
    /** The response form's address; null when not found in published sources. */
    formUrl: httpsUrl().nullable().default(null),
    /** The first day responses are accepted (YYYY-MM-DD); null when not published. */
    opens: isoDay.nullable().default(null),
    /** The last day responses are accepted (YYYY-MM-DD); null when not published. */
    closes: isoDay.nullable().default(null),
    /** The query parameter of the form that carries the id of the section being responded to. */
    sectionParam: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/).default("section"),
    /** Where the outcome or record of the consultation is published; null when not found. */
    outcome: recordLinkSchema.nullable().default(null),
    /** Other ways to take part. */
    otherWays: z.array(otherWaySchema).default([]),
    /** What is not known, said plainly on /respond/. */
    note: z.string().min(1).nullable().default(null),
  })
  .refine((c) => c.opens === null || c.closes === null || c.opens <= c.closes, { path: ["closes"], message: "must not be before opens" });

/** The feedback config, as the schema returns it. */
export type FeedbackConfig = z.infer<typeof feedbackConfigSchema>;
