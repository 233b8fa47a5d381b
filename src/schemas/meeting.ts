/** One meeting as a structured record, content/meetings/<id>.yaml. */
import { z } from "astro/zod";

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens");

/** What a point of the record is. */
export const pointKind = z.enum(["statement", "question", "answer", "resolution", "request"]);

export const meetingPointSchema = z.object({
  /** Stable id, unique within the meeting; the permalink anchor. */
  id: slug,
  /** What sort of point it is. */
  kind: pointKind,
  /** The speaker's role (never a private person's details beyond what the record gives). */
  speaker: z.string().min(1),
  /** What was said or decided, in the project's own words; markdown, one paragraph. */
  text: z.string().min(1),
  /** A short quotation from the record, if any, shown with attribution. */
  quote: z.string().optional(),
  /** Ids of points this one answers. */
  answers: z.array(slug).default([]),
});

export const meetingSchema = z
  .object({
    /** The page heading, markdown (dates bound). */
    title: z.string().min(1),
    /** Short name for lists. */
    short: z.string().min(1),
    /** The meeting body. */
    body: z.string().min(1),
    /** The date, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Whether the date is in the record or worked out from other evidence. */
    dateStatus: z.enum(["recorded", "inferred"]),
    /** Why the date is what it is; markdown. Required when inferred. */
    dateNote: z.string().optional(),
    /** Where the meeting was held, or null when not found. */
    venue: z.string().nullable().default(null),
    /** The agenda item or minute, as a label key from src/lib/markdown/labels.ts. */
    itemLabel: z.string(),
    /** The item title as the record gives it. */
    itemTitle: z.string(),
    /** Source id in data/sources.csv for the official record. */
    sourceId: z.string(),
    /** The official item record and the meeting page. */
    recordUrl: z.url(),
    meetingUrl: z.url(),
    /** What the page covers and how complete the record is; markdown. */
    summary: z.string().min(1),
    /** The record, in order. */
    points: z.array(meetingPointSchema).min(1),
  })
  .superRefine((m, ctx) => {
    if (m.dateStatus === "inferred" && !m.dateNote) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "an inferred date must say why" });
    const ids = new Set<string>();
    m.points.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: "custom", path: ["points", i, "id"], message: `duplicate point id "${p.id}"` });
      ids.add(p.id);
    });
    m.points.forEach((p, i) =>
      p.answers.forEach((a) => {
        if (!ids.has(a)) ctx.addIssue({ code: "custom", path: ["points", i, "answers"], message: `unknown point id "${a}"` });
      }),
    );
  });
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingPoint = z.infer<typeof meetingPointSchema>;
