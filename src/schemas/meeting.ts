/** One meeting as a structured record, content/meetings/<id>.yaml. */
import { z } from "astro/zod";
import { webUrl } from "./web-url.ts";
import { isoDaySchema } from "./formats.ts";

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and hyphens");

/** What a point of the record is. */
export const pointKind = z.enum(["statement", "question", "answer", "resolution", "request"]);

export const meetingPointSchema = z.object({
  /** Stable id, unique within the meeting; the permalink anchor. */
  id: slug,
  /**
   * Which point of the official minute this one reports, so the record can be checked against
   * the minute point by point: "intro", "overview-N", "discussion-N", "conclusion" or
   * "request-N" (test/fixtures/minutes/ lists a minute's points). Points follow the minute's
   * order; one minute point may give several record points (a question and its answer).
   */
  minutePoint: slug.optional(),
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

/** A topic of the record: a heading for a run of points, from `start` to the next topic. */
export const meetingTopicSchema = z.object({
  /** Stable id, the topic's anchor; must not be a point's id. */
  id: slug,
  /** The heading, in the project's own words; markdown, one line. */
  title: z.string().min(1),
  /** The id of the topic's first point. */
  start: slug,
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
    date: isoDaySchema,
    /** Whether the date is in the record or worked out from other evidence. */
    dateStatus: z.enum(["recorded", "inferred"]),
    /** Why the date is what it is; markdown. Required when inferred. */
    dateNote: z.string().optional(),
    /** Where the meeting was held, or null when not found. */
    venue: z.string().nullable().default(null),
    /** The agenda item or minute, as a label key from content/labels.yaml. */
    itemLabel: z.string(),
    /** The item title as the record gives it. */
    itemTitle: z.string(),
    /** Source id in data/sources.csv for the official record. */
    sourceId: z.string(),
    /** The official item record and the meeting page. */
    recordUrl: webUrl(),
    meetingUrl: webUrl(),
    /** What the page covers and how complete the record is; markdown. */
    summary: z.string().min(1),
    /** The record, in order. */
    points: z.array(meetingPointSchema).min(1),
    /** The record's topics, in order; the first starts at the first point. */
    topics: z.array(meetingTopicSchema).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.dateStatus === "inferred" && !m.dateNote) ctx.addIssue({ code: "custom", path: ["dateNote"], message: "an inferred date must say why" });
    const ids = new Set<string>();
    m.points.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: "custom", path: ["points", i, "id"], message: `duplicate point id "${p.id}"` });
      ids.add(p.id);
    });
    let previous = -1;
    m.topics.forEach((t, i) => {
      const at = m.points.findIndex((p) => p.id === t.start);
      if (ids.has(t.id)) ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `topic id "${t.id}" is also a point id` });
      if (at < 0) ctx.addIssue({ code: "custom", path: ["topics", i, "start"], message: `unknown point id "${t.start}"` });
      else if (i === 0 && at !== 0) ctx.addIssue({ code: "custom", path: ["topics", 0, "start"], message: `the first topic must start at the first point, "${m.points[0]!.id}"` });
      else if (at <= previous) ctx.addIssue({ code: "custom", path: ["topics", i, "start"], message: `topic starts at "${t.start}", which is not after the previous topic's start` });
      if (at >= 0) previous = at;
    });
    if (new Set(m.topics.map((t) => t.id)).size !== m.topics.length) ctx.addIssue({ code: "custom", path: ["topics"], message: "duplicate topic id" });
    const refs = m.points.map((p) => p.minutePoint);
    if (refs.some((r) => r !== undefined)) {
      // Either every point names its place in the minute, or none does; and they keep its order.
      const order: string[] = [];
      m.points.forEach((p, i) => {
        if (p.minutePoint === undefined) ctx.addIssue({ code: "custom", path: ["points", i, "minutePoint"], message: `point "${p.id}": every point of this record names the minute's point it reports` });
        else if (order.at(-1) !== p.minutePoint) {
          if (order.includes(p.minutePoint)) ctx.addIssue({ code: "custom", path: ["points", i, "minutePoint"], message: `point "${p.id}": minute point "${p.minutePoint}" comes after "${order.at(-1)}"; the record follows the minute's order` });
          order.push(p.minutePoint);
        }
      });
    }
    m.points.forEach((p, i) =>
      p.answers.forEach((a) => {
        if (!ids.has(a)) ctx.addIssue({ code: "custom", path: ["points", i, "answers"], message: `unknown point id "${a}"` });
      }),
    );
  });
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingPoint = z.infer<typeof meetingPointSchema>;
export type MeetingTopic = z.infer<typeof meetingTopicSchema>;
