/** One question or concern raised at scrutiny, content/questions.yaml. */
import { z } from "astro/zod";

/** How far the record shows a question answered. */
export const questionStatus = z.enum(["answered", "answered-in-part", "further-information-requested", "no-answer-recorded"]);

/** A point in a meeting record: "<meeting id>#<point id>". */
const pointRef = z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/, 'a point reference "meeting-id#point-id"');

export const questionSchema = z.object({
  /** Stable id; the anchor on /questions/. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The question or concern, in our words; markdown. */
  question: z.string().min(1),
  /** Who raised it (role). */
  askedBy: z.string().min(1),
  /** Where it was raised. */
  point: pointRef,
  /** The answer given, in our words; markdown. */
  answer: z.string().min(1),
  /** Where it was answered, if anywhere. */
  answerPoints: z.array(pointRef).default([]),
  status: questionStatus,
  /** True for the Board's formal requests. */
  formalRequest: z.boolean().default(false),
  /** What is known of any follow-up; markdown. Where none is given, the page says the wording's questions.followUpNotFound. */
  followUp: z.string().optional(),
});
export type Question = z.infer<typeof questionSchema>;
