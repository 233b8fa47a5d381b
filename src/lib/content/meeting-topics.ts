/** A meeting record's topics and speakers, for its contents list. */
import type { MeetingPoint } from "../../schemas/meeting.ts";

/**
 * The record's points as runs under their topics: each topic runs from its start to the
 * next topic's. Without topics, one run with no heading holds every point.
 */
export function topicRuns<T extends { id: string; title: string; start: string }>(topics: readonly T[], pointIds: readonly string[]): (Omit<T, "start"> & { pointIds: string[] })[] {
  if (topics.length === 0) return [];
  return topics.map((t, i) => {
    const from = pointIds.indexOf(t.start);
    const next = topics[i + 1];
    const to = next ? pointIds.indexOf(next.start) : pointIds.length;
    const { start: _start, ...rest } = t;
    return { ...rest, pointIds: pointIds.slice(from, to) };
  });
}

/** Who spoke, as the record names them, in order of first appearance, with their points. */
export function speakersInOrder(points: readonly Pick<MeetingPoint, "id" | "speaker">[]): { speaker: string; pointIds: string[] }[] {
  const bySpeaker = new Map<string, string[]>();
  for (const p of points) bySpeaker.set(p.speaker, [...(bySpeaker.get(p.speaker) ?? []), p.id]);
  return [...bySpeaker].map(([speaker, pointIds]) => ({ speaker, pointIds }));
}
