/**
 * A question's status on /questions/ says only what the meeting record shows. "Answered" or
 * "answered in part" needs an answer in the record: its answer points must be answers, and at
 * least one must answer the question's own point. "No answer recorded" and a formal request
 * ("further information requested") cite no answer points: anything said earlier that bears
 * on them goes in the answer text, in words, not as an answer. Plain module (no Astro), so
 * unit tests can plant faults; the build calls it from src/lib/content/trackers.ts.
 */
import type { Question } from "../../schemas/question.ts";

/** What the check needs of a meeting record. */
export interface RecordPoints {
  id: string;
  points: readonly { id: string; kind: string; answers: readonly string[] }[];
}

/** The statuses that say an answer is in the record. */
const ANSWERED: readonly Question["status"][] = ["answered", "answered-in-part"];

/**
 * Every problem with the questions' statuses, as `file:LINE: field: message` (the line of the
 * question's field in `text`, the file's YAML); empty when each status is what the record shows.
 */
export function questionStatusProblems(questions: readonly Pick<Question, "id" | "point" | "answerPoints" | "status">[], meetings: readonly RecordPoints[], file: string, text: string): string[] {
  const lines = text.split("\n");
  const lineOf = (id: string, field: string) => {
    const start = lines.findIndex((l) => l === `- id: ${id}`);
    const next = lines.findIndex((l, n) => n > start && l.startsWith("- "));
    const end = next < 0 ? lines.length : next;
    const at = lines.findIndex((l, n) => n > start && n < end && l.startsWith(`  ${field}:`));
    // A field the entry does not write (answerPoints defaults to none) is reported on its id line.
    return (at >= 0 ? at : Math.max(start, 0)) + 1;
  };
  const find = (ref: string) => {
    const [meetingId, pointId] = ref.split("#");
    return meetings.find((m) => m.id === meetingId)?.points.find((p) => p.id === pointId);
  };
  const out: string[] = [];
  for (const q of questions) {
    const at = (field: string, message: string) => out.push(`${file}:${lineOf(q.id, field)}: ${field}: question "${q.id}": ${message}`);
    const asked = q.point.split("#")[1];
    if (ANSWERED.includes(q.status)) {
      if (q.answerPoints.length === 0) {
        at("status", `status "${q.status}" but no answer point; the record must hold the answer`);
        continue;
      }
      for (const ref of q.answerPoints) {
        const p = find(ref);
        if (p && p.kind !== "answer") at("answerPoints", `"${ref}" is a ${p.kind} in the record, not an answer`);
      }
      if (!q.answerPoints.some((ref) => find(ref)?.answers.includes(asked ?? ""))) at("status", `status "${q.status}" but none of its answer points answers "${q.point}" in the record; use "no-answer-recorded"`);
    } else if (q.answerPoints.length > 0) {
      at("answerPoints", `status "${q.status}" cites answer points (${q.answerPoints.join(", ")}); link earlier discussion in the answer text instead`);
    }
  }
  return out;
}
