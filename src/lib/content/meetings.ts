/**
 * Meeting records, rendered: every field through the one markdown setup, every point
 * with its anchor, and references between points checked.
 */
import { getCollection } from "astro:content";
import type { MeetingPoint } from "../../schemas/meeting.ts";
import { forFile, siteLabels } from "./site-markdown.ts";
import { speakersInOrder, topicRuns } from "./meeting-topics.ts";
import type { SiteConfig } from "../../config/config.ts";

/** What each kind of point is called on the page. */
export const kindNames: Record<MeetingPoint["kind"], string> = {
  statement: "Statement",
  question: "Question",
  answer: "Answer",
  resolution: "Decision",
  request: "Request",
};

/** Every meeting of the site configured by `config`, by date, ready to lay out. */
export async function meetings(config: SiteConfig) {
  const list = (await getCollection("meetings")).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const labels = await siteLabels(config);
  return Promise.all(
    list.map(async (e) => {
      const file = e.filePath ?? `content/meetings/${e.id}.yaml`;
      const r = await forFile(file, config);
      const m = e.data;
      const label = labels[m.itemLabel];
      if (!label) throw new Error(`${file}: itemLabel: unknown label "${m.itemLabel}"`);
      const byId = new Map(m.points.map((p) => [p.id, p]));
      return {
        id: e.id,
        href: `/meetings/${e.id}/`,
        file,
        titleHtml: r.inline(m.title),
        title: r.plain(m.title),
        short: m.short,
        body: m.body,
        date: m.date,
        dateHtml: r.inline(`{{date:${m.date}${m.dateStatus === "inferred" ? " inferred" : ""}}}`),
        dateStatus: m.dateStatus,
        dateNoteHtml: m.dateNote ? r.block(m.dateNote) : null,
        venue: m.venue,
        label,
        itemTitle: m.itemTitle,
        sourceId: m.sourceId,
        recordUrl: m.recordUrl,
        meetingUrl: m.meetingUrl,
        summaryHtml: r.block(m.summary),
        topics: topicRuns(m.topics, m.points.map((p) => p.id)).map((t) => ({ ...t, titleHtml: r.inline(t.title), title: r.plain(t.title) })),
        speakers: speakersInOrder(m.points),
        points: m.points.map((p) => ({
          ...p,
          kindName: kindNames[p.kind],
          html: r.block(p.text),
          answersTo: p.answers.map((a) => ({ id: a, speaker: byId.get(a)!.speaker, kindName: kindNames[byId.get(a)!.kind] })),
          answeredBy: m.points.filter((o) => o.answers.includes(p.id)).map((o) => ({ id: o.id, speaker: o.speaker })),
        })),
      };
    }),
  );
}
export type RenderedMeeting = Awaited<ReturnType<typeof meetings>>[number];

/** The link to a point, "meeting-id#point-id" → "/meetings/meeting-id/#point-id"; throws naming `file` if it does not exist. */
export function pointHref(ref: string, all: readonly RenderedMeeting[], file: string): { href: string; meeting: RenderedMeeting } {
  const [meetingId, pointId] = ref.split("#");
  const meeting = all.find((m) => m.id === meetingId);
  if (!meeting || !meeting.points.some((p) => p.id === pointId)) throw new Error(`${file}: point "${ref}" is not in any meeting record`);
  return { href: `${meeting.href}#${pointId}`, meeting };
}
